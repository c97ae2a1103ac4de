<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>Pendampingan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>Pendampingan #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>Waktu berangkat dari kantor</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>Jam berangkat</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>Waktu kembali ke kantor</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>Jam kembali</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>Fasilitas atau loket</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>Fasilitas</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>mis. 内科, 住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>Bagian / departemen</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>Siapa yang mendampingi warga</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>Didampingi oleh</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>Juru bahasa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>Keperluan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>Informasi pribadi sensitif (要配慮個人情報): diagnosis, gejala, dan pengobatan. Tulis hanya yang diperlukan untuk tindak lanjut, dan hanya dengan persetujuan warga.</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>Rincian kesehatan (sensitif)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+9" />
            <source> km</source>
            <translation> km</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Distance (round trip)</source>
            <translation>Jarak (pulang-pergi)</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> yen</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>Biaya transportasi</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Tanggal tindak lanjut</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Berangkat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nama (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>Fasilitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Bagian / departemen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>Transportasi (yen)</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>Dilihat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>Diekspor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>Diimpor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>Laporan dibuat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>Dicetak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Pencadangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>Pemulihan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>Gagal masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Terkunci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>Dibuka kuncinya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>Dianonimkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>Nilai dihapus</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>Akun pengguna</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>ID catatan (uuid; ada di tooltip catatan)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>Verifikasi rantai</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>Periksa bahwa tidak ada baris audit yang diubah atau dihapus sejak ditulis</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>Semua pengguna</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>(nilai dihapus saat catatan dimusnahkan)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>%1 baris terbaru; persempit filter untuk melihat yang lebih lama.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln baris</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>Jejak audit utuh (%1 baris).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>Baris audit %1 telah diubah atau dihapus.</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>(dihapus) %1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>Ganti folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>Cadangkan sekarang</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>Cadangan terenkripsi yang sudah diverifikasi dibuat saat aplikasi pertama kali dibuka setiap hari dan sebelum setiap impor, pemulihan, dan pemusnahan; disimpan 7 harian, 4 mingguan, dan 12 bulanan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>Folder untuk cadangan</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>Pulihkan %1? Basis data saat ini disisihkan, tidak pernah dihapus, dan jendela dibuka kembali dengan catatan yang dipulihkan.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>Dicadangkan ke %1</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>Orang penghubung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>Orang penghubung #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>Kontak SNS</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>Di mana mereka dapat membantu, mis. suatu wilayah</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>Catatan tambahan</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>ID atau nomor telepon</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Wilayah</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>Akhir masa tinggal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>Sisa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>Status izin tinggal</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln hari</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>berakhir %Ln hari lalu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>Kategori lembaga lain</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>Topik yang dihitung dalam kategori ini</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>Kembali ke contoh bawaan</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>Topik tanpa kategori (dihitung sebagai belum dipetakan): %1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>Ditawarkan di formulir</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>Label bahasa Jepang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>Label bahasa Inggris</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Urutan</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>Topik konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>Aplikasi SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Tujuan pendampingan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Jenis sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Topik sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>Status izin tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>Jenis organisasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>Cara persetujuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>Hubungan keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>Juru bahasa</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>Baris judul dan kolom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>Bidang setiap kolom ditebak dari nama judulnya; ubah jika tebakannya salah. Kolom yang tidak dikenal Madoguchi disimpan di catatan tambahan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>Baris judul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>Contoh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Bidang</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>Ditemukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>Yang berbeda</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>Perangkat ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>Perangkat lain</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>Semua milik saya</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>Semua milik mereka</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>Selesaikan</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>%1 konflik terbuka. Catatan yang diubah di dua perangkat sejak sinkronisasi terakhir dibiarkan apa adanya di masing-masing sampai Anda memilih, kolom demi kolom, nilai mana yang disimpan.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>dihapus di perangkat ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>dihapus di perangkat lain</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>Konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Pendampingan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Tokoh penghubung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entri pengetahuan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>Belum ada konflik yang dipilih.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>Dihapus di satu perangkat dan diubah di perangkat lain. Simpan catatannya, atau penghapusannya?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>Pilih nilai yang disimpan untuk setiap kolom.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>disimpan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>Milik saya</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>Milik mereka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Ubah</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>Konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>Konsultasi #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>Tanggal dan jam</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> mnt</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>Waktu yang digunakan</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>Anonim</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>Kewarganegaraan (anonim)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>Bahasa yang digunakan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>Aplikasi SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>Juru bahasa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>Yang ditanyakan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>Yang dilakukan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>Dirujuk ke</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>Tanggal tindak lanjut</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>Saran jawaban</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>Tanggal dan jam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nama (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Yang ditanyakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Menit</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>Terkunci</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi (terkunci)</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>Semua catatan sebagai berkas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>Ekspor semua catatan…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>Impor catatan…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>Ekspor semua catatan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>Impor catatan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>Mengekspor…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>Diekspor ke %1: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>Mengimpor…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>Diimpor dari %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>Pilih tanggal</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>bukan tanggal</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>Sinkronisasi antarperangkat</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>Pilih folder…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>Sinkronkan sekarang</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>Folder sinkronisasi</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>Setiap perangkat menulis paket terenkripsi berisi perubahannya ke folder ini (folder bersama atau USB) dan membaca paket perangkat lain. Ini juga terjadi saat masuk dan keluar bila folder dapat dijangkau.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>Perangkat kota ini</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>Terakhir terdengar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>Perubahan belum dikonfirmasi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>Tambah perangkat…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>Cabut perangkat</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>(belum dipilih)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>perangkat ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>dicabut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>belum pernah</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>Konflik terbuka: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>Sinkronisasi</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>Menyinkronkan…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>Salinan kota ini untuk perangkat lain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Basis data Madoguchi (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>Tambah perangkat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>Perangkat %1 ditambahkan. Salin kedua berkas (%2 dan berkas .keys-nya) ke folder data perangkat lain.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>Tolak setiap paket dari perangkat %1 mulai sekarang, di semua perangkat, dan beri basis data ini kunci baru? Lakukan ini untuk perangkat yang hilang atau tidak dipakai lagi.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>Mencabut perangkat…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>Perangkat %1 telah dicabut, tetapi kunci basis data ini belum diganti: akun %2 dibuat oleh Madoguchi yang lebih lama dan berubah pada login berikutnya; cabut perangkat itu lagi setelahnya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>Perangkat %1 telah dicabut dan basis data ini memiliki kunci baru: cadangan yang dibuat mulai sekarang tidak dapat dibuka dengan kunci perangkat yang hilang.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>Tidak ada perangkat lain yang tersisa, jadi kota mendapat kunci sinkronisasi baru: perangkat yang ditambahkan mulai sekarang memakainya; paket perangkat yang hilang ditolak.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>Orang penghubung</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>Selesai diimpor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>Catatan sudah masuk ke Madoguchi; setiap catatan menyimpan berkas, lembar, dan baris asalnya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>Simpan laporan impor (CSV)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>%1 warga ditambahkan dan %2 diperbarui; %3 warga yang tidak ada di daftar penduduk dicantumkan dalam laporan untuk diperiksa. Cadangan telah dibuat terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>%1 konsultasi diimpor; %2 warga ditambahkan dan %3 warga yang sudah terdaftar ditautkan. Cadangan telah dibuat terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>Tgl. konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Yang ditanyakan</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>Terjadi kesalahan tak terduga (%1). Catatan yang sudah disimpan tetap aman; apa yang terjadi telah ditulis ke %2 untuk staf TI Anda.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>Pilih berkas dan lembarnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Buku kerja Excel (.xlsx, .xls) atau berkas CSV: catatan konsultasi lama, atau daftar penduduk. Tidak ada yang disimpan sampai langkah terakhir.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>Catatan konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>Daftar penduduk (ekstrak 住民基本台帳)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>Isi berkas:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>Profil pemetaan: tidak ada (ditebak dari berkas)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>Muat profil pemetaan…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>Lembar yang diimpor:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>Membaca berkas…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1 (%2 baris)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>Profil pemetaan: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — pertama kali dibuka</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Selamat datang di Madoguchi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>Belum ada basis data di sini. Madoguchi akan membuat basis data terenkripsi baru di:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>Pertama, nama kota dan administrator: pegawai yang mengelola Madoguchi, menambahkan pengguna lain, dan menyimpan kode pemulihan.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Minimal %1 karakter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>Nama kota (bahasa Jepang)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>Nama pengguna administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>Buat basis data</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>Masukkan nama kota.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>Masukkan nama pengguna untuk administrator.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>Gunakan minimal %1 karakter untuk kata sandi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>Folder %1 tidak ada.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>Kode pemulihan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>Jika semua kata sandi administrator hilang, hanya kode ini yang dapat membuka basis data. Kode ini ditampilkan sekarang saja dan tidak akan ditampilkan lagi, dan Madoguchi tidak menyimpannya.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>Cetak, atau tulis dengan tangan, lalu simpan kertasnya di brankas kantor. Jangan simpan di komputer ini atau di email.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>Pencetakan tidak tersedia di sini. Tulis kode ini dengan tangan sekarang dan simpan kertasnya di brankas kantor. Simpan sebagai berkas teks hanya untuk mencetaknya di tempat lain, lalu hapus berkasnya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>Simpan sebagai berkas teks…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>Saya sudah menulis atau mencetak kode pemulihan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>Selesai dan buka Madoguchi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Kode pemulihan Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>Simpan kertas ini di brankas kantor. Siapa pun yang memilikinya beserta berkas basis data dapat membaca semua catatan.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>Dikirim ke printer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>Simpan kode pemulihan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>Teks (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>Tidak dapat menyimpan: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>Tersimpan. Cetak, lalu hapus berkasnya.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>Langkah pertama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>Daerah ini belum memiliki catatan. Biasanya dimulai seperti ini:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. Nama daerah dan pengaturan laporan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. Akun untuk staf (CIR, rekan kerja)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. Catatan lama dari Excel atau CSV, dan daftar warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. Paket tanya-jawab dari daerah lain</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>Terjadi kesalahan tak terduga (%1).</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Diterbitkan</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>Pendampingan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>Orang penghubung</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Entri pengetahuan</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>Entri pengetahuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Entri pengetahuan #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>Tambah bahasa…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>Pertanyaan dan jawaban</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>Contoh: 在留カード, マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>Dokumen yang perlu dibawa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>Organisasi yang membantu</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>Terakhir ditinjau</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>Paket tanya-jawab dari %1: %2 baru, %3 berubah, %4 sudah ada; %5 lembaga akan ditambahkan. Impor?</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Impor paket tanya-jawab</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Ekspor paket tanya-jawab</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>%1 entri yang diterbitkan telah ditulis ke %2.</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>Cari pertanyaan dan jawaban, dalam bahasa apa pun</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>Semua topik</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>Tampilkan draf</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>Entri baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>Entri pengetahuan baru (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Paket tanya-jawab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>Bagikan entri yang diterbitkan ke daerah lain, atau ambil milik mereka</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Impor paket tanya-jawab…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Ekspor paket tanya-jawab…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>Terakhir ditinjau</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>Dipakai</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>Tinjauan</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>Salin untuk SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>Salin pertanyaan dan jawaban dalam bahasa yang dipilih, sebagai teks biasa untuk Messenger, Zalo, atau LINE</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>Tandai sudah ditinjau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>Jawaban masih benar: catat hari ini sebagai tanggal tinjauannya</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>Perlu ditinjau</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>Belum ditinjau selama setahun: periksa apakah jawabannya masih benar</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln entri</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Tidak ada entri yang dipilih</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>Dokumen yang perlu dibawa:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>Lembaga yang dapat membantu:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>Belum pernah ditinjau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>Terakhir ditinjau %1 oleh %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>Terakhir ditinjau %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>Dari %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>Disalin</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>Ditandai sudah ditinjau hari ini</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>Hapus bahasa ini</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>Semua topik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>Semua bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>Semua kewarganegaraan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>Baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>Catatan baru (Ctrl+N)</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln catatan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>Terkunci. Masuk untuk melanjutkan, atau masuk sebagai pengguna lain.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Masuk ke Madoguchi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>Basis data: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>Kota demo: pengguna %1 atau %2, kata sandi %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>Gunakan kode pemulihan…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Tutup Madoguchi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>Cadangan telah dipulihkan. Silakan masuk lagi.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>Membuka basis data… Login pertama setelah pembaruan menyiapkan berkas satu kali; untuk kota besar ini bisa memakan waktu sekitar satu menit.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>Konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>Pendampingan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>Direktori</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Pengetahuan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>Serah terima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+9" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>Cari warga dan konsultasi (Ctrl+F): aksara apa pun, bentuk nama apa pun</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>Catatan baru</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>staf</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>Kunci / ganti pengguna</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>Kunci jendela, atau biarkan pengguna lain masuk (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>Langkah pajak alokasi khusus (特別交付税措置)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>Topik konsultasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>Konsultasi dengan juru bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>Jenis sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>Topik sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>Tujuan pendampingan</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>Catatan lama dari Excel atau CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Impor dari Excel/CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>Catatan konsultasi yang disimpan di Excel atau CSV, atau daftar penduduk: pratinjau setiap baris dulu, lalu impor semuanya atau tidak sama sekali.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>Organisasi #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>Bahasa yang dilayani</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>Juru bahasa dapat disediakan</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>Juru bahasa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>Catatan tambahan</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Juru bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>Kata sandi SMTP</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>Kata sandi untuk %1 di %2</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>Ingat di keyring komputer ini</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>Keyring yang aman tidak tersedia, jadi Madoguchi akan selalu menanyakannya.</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>Tambah pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>Atur kata sandi untuk %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>Minimal %1 karakter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>Staf dapat mengelola catatan dan membuat laporan agregat. Hanya administrator yang dapat mengelola pengguna dan pengaturan, mengekspor data pribadi, dan menghapus data secara permanen.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>Anonim (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>kewarganegaraan tidak diketahui</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — rekap prefektur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>Tambahkan berkas data tahunan (.json) yang dikirim kota, periksa, lalu buat laporan prefektur (PDF, Excel, dan CSV). Basis data kota tidak diperlukan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>Tambah berkas…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>Hapus semua</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>Kota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>Kode pemerintah daerah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>Terima berkas sementara (rekap pun menjadi sementara)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>Jumlah dari 1 sampai satu kurang dari angka ini disembunyikan sebagai x dalam laporan prefektur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>Sembunyikan jumlah di bawah</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>Periksa berkas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>Buat laporan prefektur…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>Berkas data tahunan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>Berkas data tahunan (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>Simpan laporan prefektur di</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>tepat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>disembunyikan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>sementara sampai %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%1 dari %2 berkas siap direkap.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>Membuat laporan prefektur…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>Tersimpan:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>Setiap baris berkas dan apa yang akan terjadi padanya. Impor menambahkan semuanya, atau tidak sama sekali.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>Impor baris lainnya, dan catat baris bermasalah sebagai dilewati</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>Simpan profil pemetaan…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>Simpan pratinjau sebagai CSV…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1 baris: %2 warga baru, %3 akan diperbarui, %4 tidak berubah, %5 dilewati, %6 bermasalah; %7 warga di Madoguchi tidak ada di daftar penduduk (dicantumkan untuk diperiksa; tidak diubah).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1 baris: %2 akan diimpor, %3 dilewati, %4 bermasalah. Warga: %5 baru, %6 sudah ada di Madoguchi.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>Baris bermasalah menghentikan impor: perbaiki berkas atau pemetaan (Kembali), atau centang kotak di atas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>Simpan profil pemetaan</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>Profil pemetaan disimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+10" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>Catatan ini juga diubah di perangkat lain: ada konflik terbuka (Pengaturan › Konflik).</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>Perbaiki kolom yang ditandai merah.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>Hapus catatan ini? Tindakan ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>Catatan ini memiliki perubahan yang belum disimpan. Simpan?</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>Gunakan kode pemulihan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>Ketik kode pemulihan dari kertas yang disimpan di brankas kantor. Lalu pilih kata sandi baru untuk administrator.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>Periksa kode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>Kode pemulihan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>Atur kata sandi dan masuk</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>Basis data ini tidak memiliki administrator aktif.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>Jumlah dari 1 sampai satu kurang dari angka ini ditampilkan sebagai x dalam laporan tahunan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>sama dengan di atas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>Angka tersembunyi terlindungi bila pembaca semua tabel yang diterbitkan tahun ini tidak dapat mempersempitnya ke rentang yang lebih sempit dari ini.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>dari nama daerah</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード (kode pemerintah daerah): enam digit, digit terakhir adalah digit pemeriksa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>jumlah yang disembunyikan, seperti dalam laporan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>jumlah tepat, untuk disembunyikan oleh prefektur</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>Langkah pajak alokasi khusus…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>Kategori lembaga lain…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>Sembunyikan jumlah di bawah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>Lebar perlindungan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>Jenis daerah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>Kode pemerintah daerah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>Berkas data tahunan berisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>Jumlah penduduk kota</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>Warga asing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Bagian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>Kontak (tanda tangan surel)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>Pengiriman ke prefektur</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>Gunakan STARTTLS</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>Lupakan kata sandi tersimpan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>Alamat prefektur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>Alamat pengirim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>Server email (SMTP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>Simpan pengaturan laporan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>Kata sandi hanya disimpan di keyring komputer ini, tidak pernah di dalam berkas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>Keyring yang aman tidak tersedia di sini: Madoguchi akan selalu menanyakan kata sandi.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>Laporan bulanan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>Laporan tahunan untuk prefektur</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>Ekspor PDF…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Ekspor Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Ekspor CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>Buka berkas yang dibuat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>Draf email untuk prefektur…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>Kirim ke prefektur…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>Lampirkan berkas data tahunan (untuk rekap prefektur)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>Simpan laporan di</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>Catatan dengan konflik sinkronisasi terbuka: %1. Laporan menghitungnya sebagaimana di perangkat ini (Pengaturan › Konflik).</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>Membuat laporan…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>Tersimpan:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>Membuat draf email…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>Tersimpan. Buka berkas .eml untuk memeriksa dan mengirimnya dari program email Anda:</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>Kirim laporan %1 (PDF, Excel, dan berkas data tahunan) ke %2?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>Kirim laporan %1 (PDF dan Excel) ke %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>Kirim ke prefektur</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>Terkirim ke %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>Mengirim…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>Warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>Warga #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>Nama keluarga (aksara asli)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>Nama depan (aksara asli)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>Nama keluarga (huruf Latin)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>Nama depan (huruf Latin)</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>Hiragana diubah menjadi katakana</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>Cara baca (katakana)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>Status izin tinggal</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>Akhir masa tinggal (在留期間満了日)</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>Nomor kartu izin tinggal</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>Pemberi kerja atau organisasi penerima</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>ID atau nomor telepon</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>Kontak SNS</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>Tanggal kedatangan</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>Persetujuan pencatatan: tanggal</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>Persetujuan: cara</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>Catatan tambahan</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>Tautkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>Lepas tautan</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>Ketik nama dalam aksara apa pun…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>Warga baru “%1”…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>Linimasa</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Apa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>Edit warga…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>Konsultasi baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>Pendampingan baru…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status izin tinggal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>Pemberi kerja/penerima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>Tiba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>Rumah tangga</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>Nama (Latin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>Cara baca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>Status izin tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>Masa tinggal berakhir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>Nomor kartu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>Pemberi kerja/penerima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>Tiba</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>Masa simpan</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> tahun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>Anonimkan…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>Tidak ada aktivitas selama</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>Anonimisasi mengosongkan nama, kontak, catatan tambahan, dan teks bebas, setelah pencadangan. Kewarganegaraan, bahasa, dan status izin tinggal tetap ada, sehingga angka di laporan lama tidak berubah.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>Anonimkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>Anonimkan %1 warga? Tindakan ini tidak dapat dibatalkan (cadangan dibuat terlebih dahulu).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%1 warga tidak memiliki aktivitas selama %2 tahun atau lebih.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1 warga telah dianonimkan.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>Staf</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>%1 hasil untuk “%2”</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>Memeriksa basis data di latar belakang…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>Sesi #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>Jam mulai</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>Salin sesi terakhir jenis ini</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>Judul, topik, bahasa, tempat, fasilitator, dan peserta terdaftar dari sesi terakhir jenis ini (untuk kelas mingguan)</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>Diadakan secara daring</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>Daring</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>Fasilitator</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>Catatan tambahan</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>Peserta terdaftar</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>Daftar hadir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>Cetak daftar hadir untuk ditandatangani peserta (出席簿)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>Orang yang hadir tetapi tidak memiliki catatan warga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>Tambah baris</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>Cara baca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>Daftar hadir</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>Peserta tidak terdaftar</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>Total kehadiran</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1 (%2 terdaftar, %3 tidak terdaftar)</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>Daring</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>Fasilitator</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>Kota dan data</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>Kota</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>Nama kota (bahasa Jepang)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>Nama kota (bahasa Inggris)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>Basis data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>Versi skema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>Tercatat sebagai pengguna</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>Daftar kode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Konflik</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>Tambah kode…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>Bahasa Jepang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>Di jendela ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>Ditawarkan</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>Preferensi Anda</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>Tampilkan tanggal dalam era Jepang (令和) di tampilan bahasa Jepang</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>Keamanan</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> mnt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>Tidak pernah</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>Setelah sekian menit tanpa digunakan, jendela terkunci dan menampilkan layar masuk. 0 = tidak pernah.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>Kunci otomatis setelah</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>Hanya administrator yang dapat mengubah pengaturan ini, pengaturan laporan, dan daftar kode, atau mengekspor dan mengimpor semua catatan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>Hanya administrator yang dapat mengubah ini.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Hanya administrator yang dapat mengubah daftar kode.</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>Dokumen yang perlu dibawa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>Lembaga yang dapat membantu:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>Salin untuk SNS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>Jawaban ini belum ada dalam %1. Salin dalam bahasa lain?</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>Basis data rusak dan telah dipindahkan ke %1. Tidak ditemukan cadangan yang terverifikasi; hubungi staf TI Anda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>Basis data rusak dan telah dipindahkan ke %1. Pulihkan cadangan terverifikasi terbaru, %2?</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>Pemeriksaan menemukan kerusakan pada berkas basis data. Berhenti memasukkan catatan dan tutup Madoguchi: saat dibuka berikutnya, berkas yang rusak akan dipindahkan dan cadangan terverifikasi terbaru akan ditawarkan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>Basis data sudah diperiksa; cadangan hari ini sudah dibuat (%1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>Basis data sudah diperiksa.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>Terbuka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Dirujuk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>Centang entri yang Anda gunakan untuk menjawab</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>Salin untuk SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>Salin jawaban yang dipilih dalam bahasa konsultasi, untuk Messenger, Zalo, atau LINE</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>Centang jawaban yang Anda gunakan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>Pilih topik atau tulis yang ditanyakan untuk melihat saran jawaban.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>Disalin</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>Menyinkronkan dengan perangkat lain…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>Tersinkron: %1 ditambah, %2 diperbarui, %3 dihapus, %4 konflik baru.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>Paket ditolak: %1.</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Jam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>Cara baca (katakana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Saluran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>Yang ditanyakan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>Yang dilakukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>Catatan tambahan (disimpan bersama yang dilakukan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Menit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>Juru bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>Tanda batal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>Akhir masa tinggal</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>Status izin tinggal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>(tidak dipakai)</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>Lewati</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>Bermasalah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Perlu diperiksa</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>baru %1: %2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Impor dari Excel/CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>Spreadsheet (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>Muat profil pemetaan</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>Membuat pratinjau…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>Mengimpor…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>Memperbarui data warga…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>Simpan laporan impor</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <location filename="../ui/widgets.py" line="+27" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../ui/pages/today.py" line="+48" />
            <source>Today, %1</source>
            <translation>Hari ini, %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>Kartu izin tinggal: masa tinggal berakhir dalam %1 hari (%2)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>Tindak lanjut terlambat (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>Tindak lanjut jatuh tempo hari ini (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>Konsultasi terbuka (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— ditampilkan %1 terbaru</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>Catatan kota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>Hal yang perlu diketahui orang berikutnya di loket ini: siapa yang harus dihubungi, bagaimana hal-hal dilakukan di kota ini, apa yang perlu diwaspadai. Catatan ini dimasukkan ke dalam paket serah terima.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>Contoh: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>Simpan catatan</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>Paket serah terima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>Folder untuk siapa pun yang mengambil alih loket ini: dokumen serah terima berisi catatan ini, konsultasi terbuka, tugas rutin, direktori, dan basis pengetahuan yang diterbitkan, ditambah direktori dalam bentuk spreadsheet. Warga hanya ditampilkan dengan nomor kasus dan inisial, kecuali data pribadi disertakan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>Sertakan data pribadi (nama lengkap warga)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>Tanpa ini, kasus terbuka menampilkan inisial dan nomor kasus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>Hanya administrator yang dapat menyertakan data pribadi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>Buat paket serah terima…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>Buat paket serah terima di</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>Membuat paket serah terima…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>Tersimpan:</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>Setiap orang masuk dengan namanya sendiri. Menonaktifkan pengguna akan menghapus kuncinya: ia tidak dapat lagi membuka basis data, dan catatan lamanya tetap mencantumkan namanya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>Tambah pengguna…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>Nonaktifkan…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>Buka kunci</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>Atur kata sandi…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>Nonaktif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>Terkunci (terlalu banyak gagal masuk)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>Nonaktifkan pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>Nonaktifkan %1? Pengguna ini tidak akan dapat masuk lagi. Tindakan ini tidak dapat dibatalkan; tambahkan lagi dengan nama baru jika perlu.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>%1 ditambahkan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>Kata sandi %1 telah diubah.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 telah dinonaktifkan.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 dapat masuk lagi.</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>Kode untuk kata-kata dalam berkas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>Pilih kode untuk setiap kata yang bukan nama kode itu sendiri, dan nilai untuk hal yang tidak memiliki kolom di berkas. Kata yang dibiarkan tanpa kode akan menghentikan barisnya.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>Daftar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>Teks dalam berkas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>Jumlah baris</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>%1 jika berkas tidak memilikinya:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>(tanpa kode: baris tidak diimpor)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>Setiap kata dalam berkas sudah memiliki kode.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>Nama pengguna atau kata sandi tidak benar.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 sudah ada; basis data baru hanya dibuat di lokasi baru.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>Akun ini terkunci karena terlalu banyak gagal masuk; administrator dapat membuka kuncinya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>Terlalu banyak gagal masuk: coba lagi dalam %1 detik.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>Login ini ditolak: daftar pengguna diubah di luar Madoguchi, sehingga peran Anda tidak dapat dipercaya. Administrator dapat melihatnya di jejak audit.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>Kode pemulihan tersebut tidak dapat membuka basis data ini.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>Basis data ini tidak terenkripsi, jadi tidak memiliki akun.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>Hanya administrator yang dapat mengelola pengguna.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>Keluar lalu masuk kembali sebagai administrator terlebih dahulu: sesi ini tidak dapat menandatangani perubahan daftar pengguna.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>Pengguna tersebut tidak dapat masuk.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>Pengguna tersebut tidak ada.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>Administrator terakhir tidak dapat dinonaktifkan.</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>Baris audit hanya ditulis di dalam transaksi tulis.</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>Hanya administrator yang dapat membaca jejak audit.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 bukan tanggal; tulis dalam format YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>Tidak ada basis data di %1.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>Folder cadangan %1 tidak ditemukan (apakah drive sudah terpasang?).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchi tidak dapat menulis ke folder cadangan %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>Tulis folder cadangan sebagai path lengkap, bukan %1.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>Basis data ini tidak memiliki berkas, jadi tidak dapat dicadangkan.</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>Cadangan tidak dapat dibuat di %1 (%2).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>Tidak ada berkas cadangan di %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 tidak terenkripsi, jadi bukan cadangan Madoguchi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>Cadangan %1 tidak dapat dibuka dengan kunci basis data ini: cadangan rusak, atau milik basis data lain.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>Cadangan %1 rusak (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>Cadangan %1 rusak (integrity_check: %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 bukan cadangan Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>Cadangan %1 dibuat oleh Madoguchi versi yang lebih baru.</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>Basis data tidak dapat dipulihkan dari dirinya sendiri.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>Cadangan tidak dapat dipulihkan (%1); berkas saat ini tidak diganti.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>Basis data yang rusak tidak dapat disisihkan (%1); basis data tersebut tidak dihapus.</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>Hanya administrator yang dapat mengganti folder cadangan.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>Hanya administrator yang dapat memulihkan cadangan.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>Basis data ini tidak memiliki berkas.</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 rusak atau bukan basis data Madoguchi (%2).</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>Jendela tidak termasuk dalam instalasi ini.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 kosong (0 byte) dan dibiarkan apa adanya; cadangan terbaru yang dapat dibuka adalah %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 kosong (0 byte) dan dibiarkan apa adanya; tidak ditemukan cadangan yang dapat dibuka, jadi hubungi staf TI Anda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 rusak dan tidak diubah; cadangan terbaru yang dapat dibuka adalah %2 (madoguchi restore --from %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 sedang terbuka di jendela Madoguchi, dan perintah ini mengubah catatan: tutup jendela (atau keluar dari Madoguchi) dulu, lalu jalankan perintah lagi. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 rusak dan tidak diubah; tidak ditemukan cadangan yang dapat dibuka, jadi hubungi staf TI Anda.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>Tidak ada kata sandi: atur %1, atau jalankan perintah di terminal agar kata sandi ditanyakan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>Kedua kata sandi tidak sama; tidak ada yang dibuat.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 tidak terenkripsi; Madoguchi hanya menyimpan catatan dalam basis data terenkripsi. Berkas tersebut tidak diubah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Berkas kunci %1 tidak ada di samping basis data, sehingga basis data tidak dapat dibuka.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>Basis data ini terenkripsi: berikan --user NAME (kata sandi diambil dari %1 atau ditanyakan).</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>Kota demo memiliki 1 sampai 100.000 warga dan 1 sampai 50 tahun.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>Konsultasi tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>Pendampingan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <location filename="../app/demo.py" line="+100" />
            <location filename="../app/devices.py" line="+21" />
            <location filename="../app/exchange.py" line="+84" />
            <location filename="../app/files.py" line="+115" />
            <location filename="../app/handover.py" line="+497" />
            <location filename="../app/kbpack.py" line="+131" />
            <location filename="../app/reports/build.py" line="+24" />
            <location filename="../app/rollup/report.py" line="+36" />
            <source>The folder %1 does not exist.</source>
            <translation>Folder %1 tidak ada.</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 adalah folder, bukan berkas basis data.</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 tidak terenkripsi, jadi tidak dapat dibuka sebagai basis data terenkripsi; berkas tersebut tidak diubah.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>Basis data %1 tidak dapat dibuka (%2).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>Panjang kunci basis data salah.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>Basis data %1 tidak dapat menggunakan write-ahead logging (WAL).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 terenkripsi atau bukan basis data Madoguchi: masuk untuk membukanya. Berkas tersebut tidak diubah.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>%1 tidak dapat didekripsi: berkas rusak, atau berkas kuncinya milik basis data lain. Berkas tersebut tidak diubah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 rusak atau bukan basis data Madoguchi; berkas tersebut tidak diubah.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>Cadangan %1 tidak lolos verifikasi (%2).</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>Kota demo memerlukan minimal satu warga dan satu tahun.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 sudah ada; demo hanya ditulis ke berkas baru.</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>Organisasi tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>Orang penghubung tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1, kolom '%2': jenis datanya salah. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1, kolom '%2': %3 Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>Berkas ini bukan berkas ekspor Madoguchi (kolom 'format'). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>Berkas ini berformat versi %1; Madoguchi ini membaca versi %2. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>Kolom 'code_items' harus berupa daftar. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1, kolom '%2': memerlukan list, code, label_ja, label_en. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1, kolom '%2': sort_order harus berupa bilangan bulat dan active bernilai true atau false. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>Kolom '%1' harus berupa daftar. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, kolom '%2': merujuk ke warga yang tidak ada di berkas maupun di basis data. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1, kolom '%2': catatan yang dihapus juga ada di berkas atau di basis data. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1, kolom '%2': bukan objek. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1, kolom '%2': tidak ada atau bukan teks. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1, kolom '%2': bukan UUID. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1, kolom '%2': muncul dua kali di berkas. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1, kolom '%2': catatan ini sudah ada di basis data. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1, kolom '%2': kolom tidak dikenal. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1, kolom '%2': tidak ada. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1, kolom '%2': bukan tanggal dan waktu. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1, kolom '%2': lebih panjang daripada batas nama pengguna. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1, kolom '%2': merujuk ke catatan yang tidak ada di berkas maupun di basis data. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1, kolom '%2': setiap tautan memerlukan 'related' dan 'relation'. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1, kolom '%2': warga tidak dapat ditautkan ke dirinya sendiri. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1, kolom '%2': merujuk ke warga yang tidak ada. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>Sebagian catatan ini ditambahkan ke basis data saat berkas sedang diimpor (berkas yang sama diimpor dua kali sekaligus?). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>Disk penuh, jadi %1 tidak ditulis; tidak ada yang tertinggal setengah tertulis. Kosongkan sebagian ruang lalu coba lagi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>%1 tidak dapat ditulis (%2); tidak ada yang tertinggal setengah tertulis.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 adalah folder: berikan nama berkas yang akan ditulis.</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 adalah folder, bukan berkas ekspor Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 bukan berkas ekspor Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 adalah folder, bukan paket pengetahuan Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 bukan paket pengetahuan Madoguchi.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 menyebut kolom yang sama dua kali dalam satu catatan, sehingga tidak jelas nilai mana yang berlaku; tidak ada yang dibaca darinya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 bersarang terlalu dalam untuk menjadi berkas Madoguchi (di %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 berisi angka yang terlalu besar untuk kolom mana pun (di %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 berisi karakter kontrol atau karakter arah teks yang tidak boleh ada di catatan mana pun (di %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 lebih besar dari 512 MB, terlalu besar untuk menjadi berkas Madoguchi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 bukan berkas biasa.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 adalah folder, bukan %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 bukan %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>Berkas %1 tidak ada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 tidak dapat dibaca sebagai teks UTF-8 (%2).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 bukan JSON yang valid (baris %2: %3).</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>Basis data ini sudah terbuka di jendela Madoguchi lain (mungkin milik pengguna lain di komputer ini); tutup dulu di sana.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchi tidak dapat membuat berkas kunci akses (lock file) %1 di samping basis data (%2).</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1, kolom '%2': muncul dua kali di paket. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Atur nama kota (Pengaturan) sebelum mengekspor paket pengetahuan: setiap entri mencantumkan kota asalnya.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 bukan paket pengetahuan Madoguchi (kolom 'format').</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1, kolom '%2': terlalu pendek untuk sebuah UUID. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>Ini bukan paket pengetahuan Madoguchi (kolom 'format'). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>Paket ini berformat versi %1; Madoguchi ini membaca versi %2. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>Paket ini tidak menyebutkan kota asalnya (kolom 'town'). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1, kolom '%2': harus berupa daftar kode. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1, kolom '%2': setiap teks harus memiliki tepat 'language', 'question', dan 'answer', berupa teks. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1, kolom '%2': harus berupa daftar nama dokumen. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1, kolom '%2': harus berupa daftar UUID organisasi. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1, kolom '%2': merujuk ke organisasi yang tidak ada di paket maupun di direktori. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1, kolom '%2': entri lain di paket memiliki topik dan pertanyaan bahasa Jepang yang sama. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>Berkas kunci %1 rusak.</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>Berkas kunci %1 tidak ada di samping basis data, sehingga basis data tidak dapat dibuka.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>Entri pengetahuan tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>Jawaban ini belum ada dalam bahasa itu; yang ada: %1.</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>Bahasa %1 tidak dikenal; gunakan salah satu dari: %2.</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>Berkas tak terduga di folder migrasi: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>Migrasi %1 tidak ada.</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>Basis data ini dibuat oleh Madoguchi versi yang lebih baru (skema %1; versi ini hanya mengenal sampai %2). Basis data tidak diubah: perbarui Madoguchi.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>Pembaruan basis data ke skema %1 (%2) gagal: %3. Basis data tidak berubah, tetap pada skema %4.</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>Dibatalkan; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>Format %1 tidak dikenal; pilih dari %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 bukan bulan; tulis dalam format YYYY-MM.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>Laporan tahunan tidak ditulis: audit pengungkapan menemukan %1 angka tersembunyi yang dapat dipersempit hingga kurang dari %2 (pertama: %3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 bukan tahun anggaran yang dapat dilaporkan oleh Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>Berkas font %1 tidak ada di %2; instal ulang Madoguchi.</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Subjek email menggunakan placeholder yang tidak dikenal {%1}; yang dikenal adalah: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Isi email menggunakan placeholder yang tidak dikenal {%1}; yang dikenal adalah: %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>Templat email menggunakan placeholder yang tidak dikenal {%1}; yang dikenal adalah: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>Subjek email memiliki placeholder yang rusak; tulis placeholder sebagai {town} dan kurung kurawal biasa sebagai {{ atau }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>Isi email memiliki placeholder yang rusak; tulis placeholder sebagai {town} dan kurung kurawal biasa sebagai {{ atau }}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>Templat email memiliki placeholder yang rusak; tulis placeholder sebagai {town} dan kurung kurawal biasa sebagai {{ atau }}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>Alamat pengirim kosong.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>Alamat penerima kosong.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>Alamat pengirim %1 tidak valid.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>Alamat penerima %1 tidak valid.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 adalah laporan bulanan, hanya untuk dipakai di dalam balai kota; tidak pernah dilampirkan pada surel ke prefektur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1: berkas dilampirkan apa adanya, tidak pernah dalam bentuk zip.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>Lampiran %1 tidak dapat dibaca.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>Kata sandi tidak dapat dibaca dari keyring sistem.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>Masukkan nama pengguna SMTP sebelum menyimpan kata sandi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>Keyring yang aman tidak tersedia di komputer ini, jadi kata sandi tidak dapat disimpan; kata sandi akan ditanyakan setiap kali.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>Kata sandi tidak dapat disimpan di keyring sistem.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>Kata sandi tidak dapat dihapus dari keyring sistem.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>Kata sandi tidak diberikan dan keyring yang aman tidak tersedia di komputer ini; masukkan kata sandi SMTP untuk mengirim.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>Kata sandi tidak diberikan dan tidak ada yang tersimpan di keyring untuk %1; masukkan kata sandi SMTP untuk mengirim.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>Server email (host SMTP) belum diatur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>Kata sandi akan dikirim tanpa enkripsi; aktifkan STARTTLS.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>Login SMTP tidak dapat mengirim nama pengguna atau kata sandi yang berisi karakter non-ASCII (mis. huruf lebar penuh); periksa apa yang diketik.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>Server email %1 tidak menerima nama pengguna atau kata sandi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>Server email %1 tidak menyediakan enkripsi STARTTLS; tidak ada yang dikirim.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>Server email %1 tidak menerima login (SMTP AUTH).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>Server email %1 tidak dapat menerima pesan ini.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>Server email %1 menolak alamat penerima %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>Server email %1 menolak alamat pengirim %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>Sertifikat %1 tidak dapat diverifikasi; tidak ada yang dikirim.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>Koneksi terenkripsi (TLS) ke %1 gagal; tidak ada yang dikirim.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>Server email %1 menutup koneksi secara tak terduga.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>Server email %1 tidak menyediakan metode login yang dapat digunakan Madoguchi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>Server email %1 menjawab dengan kesalahan %2; tidak ada yang dikirim.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>Server email %1 menolak koneksi; periksa nama server dan port.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>Nama server email %1 tidak ditemukan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>Server email %1 tidak menjawab dalam %2 detik.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>Pengiriman melalui server email %1 gagal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>Tidak dapat terhubung ke server email %1.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>Warga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>Warga ini memiliki %1 catatan terkait; hapus atau alihkan catatan tersebut terlebih dahulu.</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>Masa simpan minimal harus satu tahun.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>Masa simpan paling lama %1 tahun.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>Hanya administrator yang dapat memusnahkan catatan warga.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>Sebagian warga tersebut sudah tidak ada; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>Warga ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>Konsultasi ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>Pendampingan ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>Sesi ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>Organisasi ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>Orang penghubung ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>Entri pengetahuan ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>Data %1 ini sudah tidak ada; mungkin telah dihapus.</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>Sesi tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>Basis data berada di drive jaringan, tempat SQLite tidak aman dan berkas dapat rusak, jadi simpanlah di disk komputer ini sendiri.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>Basis data berada di folder yang disinkronkan oleh %1, tempat SQLite tidak aman dan berkas dapat rusak, jadi pindahkan ke folder yang tidak disinkronkan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>Basis data berada di folder yang disinkronkan oleh layanan penyimpanan cloud, tempat SQLite tidak aman dan berkas dapat rusak, jadi pindahkan ke folder yang tidak disinkronkan.</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>Disk penuh: catatan ini tidak tersimpan. Kosongkan sebagian ruang lalu simpan lagi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>Tidak dapat menulis ke disk: catatan ini tidak tersimpan. Periksa drive lalu simpan lagi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>Hanya administrator yang dapat mengubah pengaturan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>Hanya administrator yang dapat mengubah daftar kode.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>Hanya administrator yang dapat mengubah pengaturan laporan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>Hanya administrator yang dapat mengekspor semua catatan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>Hanya administrator yang dapat mengimpor catatan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Hanya administrator yang dapat mengimpor paket pengetahuan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>Hanya administrator yang dapat mencantumkan nama warga dalam paket serah terima.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>Basis data sedang sibuk: Madoguchi lain (mungkin impor lewat baris perintah) sedang menulis ke dalamnya. Belum ada yang disimpan; coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>Basis data ini telah ditutup (setelah pergantian pengguna atau pemulihan).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>Hanya administrator yang dapat melakukan ini: %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 berada di media hanya-baca (atau di folder yang tidak dapat ditulisi): berkas ini dapat dibaca dan dibuatkan laporan, tetapi tidak ada yang dapat diubah di dalamnya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 berada di media hanya-baca dan dibuat oleh Madoguchi versi lama, sehingga tidak dapat diperbarui agar bisa dibaca; salin dulu ke disk komputer ini.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 kosong (0 byte), jadi tidak berisi catatan apa pun; berkas ini dibiarkan apa adanya. Sebagai gantinya, pulihkan cadangan terbaru.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>'%1' bukan tanggal.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>'%1' adalah tanggal yang tidak ada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>Tanggal kosong.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>'%1' tidak memiliki tahun, dan judul lembar tidak menyebut tahun fiskal (年度): tetapkan tahun fiskal di pemetaan.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>Berikan --user NAME: administrator pertama untuk kota baru.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 adalah pemetaan untuk daftar penduduk; tambahkan --roster.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 bukan buku kerja Excel (.xlsx, .xls) atau berkas CSV. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 dilindungi kata sandi: buka di Excel, hapus kata sandinya, simpan, lalu coba lagi. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 lebih besar dari %2 MB, batas maksimum yang dapat dibaca impor tabel. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 setelah diekstrak lebih dari %2 MB, melebihi yang dapat dibaca impor tabel. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>Lembar '%1' memiliki lebih dari %2 baris, batas maksimum yang dapat dibaca impor tabel. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>Lembar '%1' memiliki lebih dari %2 kolom, batas maksimum yang dapat dibaca impor tabel. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>Lembar '%1', baris %2 memiliki sel berisi %3 karakter atau lebih, sepanjang batas yang diizinkan Excel sendiri. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>%1 tidak dapat dibaca sebagai spreadsheet; berkas mungkin rusak. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>Tidak ada berkas di %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>Berkas tidak memiliki lembar bernama '%1'. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>Berkas ini sudah diimpor pada %1 oleh %2; mengimpornya lagi akan menambahkan catatannya dua kali. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1 baris bermasalah (lihat pratinjau atau laporan); perbaiki berkas atau pemetaan, atau pilih untuk melewati baris tersebut. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>Tidak ada baris dalam berkas yang dapat diimpor. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 bukan profil pemetaan Madoguchi (%2). Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>Baris kosong.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>Di atas baris judul (judul atau catatan).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>Baris judul.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>Baris total (合計).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>Dicoret: entri yang dibatalkan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>Ditandai batal (取消).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>Lembar ringkasan berisi rumus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>Tidak ada baris judul dengan nama kolom yang dikenal.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>Lembar tersembunyi (pilih untuk mengimpornya).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>Lembar ini tidak dipilih.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>Dilewati karena bermasalah, sesuai pemetaan: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1 '%2' tidak memiliki kode: pilih kode di pemetaan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>Tidak ada nilai untuk “%1”: petakan satu kolom ke sana atau tetapkan nilai bawaan di pemetaan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>Tidak ada topik.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>'%1' bukan jam yang valid.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>'%1' bukan jumlah menit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>Nama ini cocok dengan %1 warga; bedakan mereka di Madoguchi terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>Bidang '%1': %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>Warga baru.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>Cocok dengan warga yang sudah ada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>Anonim.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>Tidak ada lagi di daftar penduduk (pindah?): tidak diubah, periksa secara manual.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>Cocok: %1 diperbarui.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>Nama yang sama sudah ada di daftar penduduk (lembar '%1', baris %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>Cocok: tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 adalah pemetaan untuk catatan konsultasi, bukan untuk daftar penduduk.</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi menemukan perubahan yang dibuat di luar aplikasi: %1. Jejak audit mencatat perubahan tersebut.</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>Laporan tahunan tidak dibuat: angka tersembunyi %1 tidak dapat dilindungi bersama laporan tahun ini yang sudah diterbitkan. Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>Catatan itu sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 bukan pemetaan kategori (objek JSON dengan id, name, dan categories).</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 bukan kategori dari %2; kategorinya: %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>%1 tidak dapat dibaca sebagai JSON.</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>Berkas data tahunan memerlukan kode pemerintah daerah kota (全国地方公共団体コード): isi di Pengaturan → Laporan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>Berkas data tahunan memerlukan nama kota: isi di Pengaturan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 terlalu besar untuk berkas data tahunan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>%1 tidak dapat dibaca.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 bukan berkas data tahunan Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 dibuat oleh Madoguchi yang lebih baru (format data %2; versi ini membaca sampai %3): perbarui Madoguchi untuk membacanya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 memakai daftar kode versi %2, lebih baru dari yang dikenal Madoguchi ini (%3): perbarui Madoguchi untuk membacanya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 tidak mengikuti format data tahunan di %2 (%3); apakah diedit manual?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 tidak cocok jumlahnya: %2; apakah diedit manual?</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>digit pemeriksa kode pemerintah daerah</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>tanggal batas data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>tanggal batas data berada di luar tahun anggaran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>sementara atau tidak, menurut tanggal batas data</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>jumlah pasti atau yang disamarkan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>ada x di antara jumlah pasti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 dan total %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>angka bulanan %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>satu bulan %1 di luar tahun anggaran</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>Atur dulu alamat prefektur dan server surel di Pengaturan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>Tidak ada berkas untuk dilampirkan di %1.</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>Berikan setidaknya satu berkas data tahunan untuk direkap.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 untuk %2, bukan %3 seperti %4; satu rekap mencakup satu tahun anggaran. Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 dan %2 sama-sama dari %3 (kode pemerintah daerah %4); berikan satu berkas per kota. Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 bersifat sementara (catatan sampai %2); rekap hanya berkas final, atau minta rekap sementara. Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 memakai daftar kode versi %2, yang tidak dapat dipetakan Madoguchi ini ke miliknya; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 diberikan dua kali. Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>Rekap tidak ditulis: angka tersembunyi %1 tidak dapat dilindungi; tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>Ambang batas adalah bilangan bulat 1 sampai 100 dan lebar perlindungan 0 sampai 1000.</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 tidak cocok jumlahnya (sebuah tabel dan totalnya berbeda); apakah diedit manual? Tidak ada yang ditulis.</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 sudah ada; pilih nama berkas baru untuk salinan perangkat lain.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>Kota ini tidak mengenal perangkat %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>Perangkat ini tidak dapat mencabut dirinya sendiri.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>Hanya administrator yang dapat menambah perangkat.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>Hanya administrator yang dapat mencabut perangkat.</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>Sebagian catatan ini dihapus dari basis data saat berkas sedang diimpor. Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>Sebuah catatan merujuk ke catatan lain yang tidak ada di sini; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>Konflik itu sudah diselesaikan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>Pilih milik saya, milik mereka, atau nilai baru untuk kolom %1.</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>Hanya data kota yang terenkripsi yang dapat disinkronkan antarperangkat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 ditulis oleh perangkat ini; tidak ada yang perlu diterapkan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 berasal dari perangkat yang telah dicabut; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 dibuat oleh Madoguchi yang lebih baru (skema %2; perangkat ini %3): perbarui Madoguchi di perangkat ini dulu. Tidak ada yang diubah dan tidak ada yang hilang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 dibuat oleh Madoguchi yang lebih lama (skema %2; perangkat ini %3): perbarui Madoguchi di perangkat lain dulu. Tidak ada yang diubah dan tidak ada yang hilang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 berisi catatan yang tidak dapat diterima perangkat ini (%2); tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>Folder sinkronisasi %1 tidak dapat dijangkau; tidak ada yang dipertukarkan.</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 bukan paket sinkronisasi Madoguchi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 adalah paket sinkronisasi kota lain; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 dibuat dengan kunci lain, atau diubah setelah ditulis; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 terlalu besar untuk paket sinkronisasi; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>tidak cocok dengan bentuk mana pun yang diizinkan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>bukan jenis nilai yang diharapkan (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>seharusnya %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>seharusnya salah satu dari %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>seharusnya paling sedikit %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>seharusnya paling banyak %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>memiliki lebih dari %1 butir</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>terlalu pendek</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>terlalu panjang</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>tidak dalam bentuk yang diharapkan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>tidak memiliki %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>memiliki lebih dari %1 entri</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>tidak seharusnya ada di sini</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>Basis data %1 tidak ada, tetapi berkas kuncinya ada. Pulihkan basis data dari cadangan; tidak ada basis data baru yang dibuat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 bukan berkas basis data.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 tidak terenkripsi; Madoguchi hanya menyimpan catatan dalam basis data terenkripsi. Berkas tersebut tidak diubah.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>Berkas kunci %1 tidak ada di samping basis data, sehingga basis data tidak dapat dibuka.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>Folder %1 tidak ada; tidak ada basis data yang dibuat.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi tidak dapat membuat folder datanya %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>Daftar kode tidak dikenal.</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>Gunakan huruf, angka, dan garis bawah saja.</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>Wajib diisi.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>Sudah ada di daftar.</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>Tulis versi bahasa Jepang terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>Satu teks per bahasa.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>Setiap bahasa memerlukan pertanyaan dan jawaban.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>Tanggal tidak valid (gunakan YYYY-MM-DD).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>Waktu tidak valid (gunakan HH:MM).</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>Gunakan minimal 8 karakter.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>Nama pengguna tidak dapat digunakan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>Terlalu mirip dengan nama pengguna lain; pilih nama lain.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+412" />
            <location filename="../app/knowledge.py" line="-2" />
            <location filename="../app/reports/categories.py" line="+5" />
            <location filename="../app/reports/config.py" line="+104" />
            <location line="+8" />
            <location line="+2" />
            <location filename="../app/validation.py" line="+4" />
            <source>Not in the code list.</source>
            <translation>Tidak ada di daftar kode.</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>Pengguna ini sudah ada.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>Tanggal dan waktu tidak valid (gunakan YYYY-MM-DD HH:MM; dalam berkas, YYYY-MM-DDTHH:MM).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>Berada di masa depan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>Jam kembali lebih awal dari jam berangkat.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>Tanggal tindak lanjut lebih awal dari kejadiannya.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>Masukkan nama dalam aksara asli atau huruf Latin.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>Gunakan katakana saja.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>Nomor kartu izin tinggal terdiri atas 2 huruf, 8 angka, dan 2 huruf (AB12345678CD).</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>Pilih minimal satu topik.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>Pilih warga, atau kewarganegaraan untuk catatan anonim.</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>Pilih kewarganegaraan untuk setiap baris peserta yang tidak terdaftar.</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>Di luar rentang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>Jumlah warga asing melebihi jumlah penduduk.</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>Bukan alamat email.</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>Warga tersebut sudah tidak ada.</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>harus berupa daftar kode.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>jumlah harus berupa bilangan bulat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>setiap kontak harus memiliki tepat 'app' dan 'handle'.</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>Maksimal 20.000 karakter.</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>Warga tidak dapat ditautkan ke dirinya sendiri.</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>Kode pemerintah daerah terdiri dari enam digit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>Digit terakhir kode pemerintah daerah ini tidak cocok dengan digit lainnya.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>Kode pemerintah daerah diawali nomor prefektur 01 sampai 47.</translation>
        </message>
    </context>
</TS>
