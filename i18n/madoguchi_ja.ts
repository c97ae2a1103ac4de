<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AccompanimentForm</name>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+29" />
            <source>Accompaniment</source>
            <translation>同行支援</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment #%1</source>
            <translation>同行支援 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+10" />
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you left the office</source>
            <translation>役場を出発した時刻</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time out</source>
            <translation>出発時刻</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>When you were back at the office</source>
            <translation>役場に戻った時刻</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Time back</source>
            <translation>帰庁時刻</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Resident</source>
            <translation>在留外国人</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Destination</source>
            <translation>同行先</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Organisation</source>
            <translation>関係機関</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+6" />
            <source>Facility or counter</source>
            <translation>施設名・窓口</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Facility</source>
            <translation>施設</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>e.g. 内科, 住民課</source>
            <translation>例：内科、住民課</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Department</source>
            <translation>診療科・課</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Who went with the resident</source>
            <translation>住民に同行した人</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Accompanied by</source>
            <translation>同行者</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Interpreter</source>
            <translation>通訳</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+4" />
            <source>Sensitive personal information (要配慮個人情報): diagnoses, symptoms and treatment. Write only what the follow-up needs, and only with the resident's consent.</source>
            <translation>要配慮個人情報です（診断、症状、治療の内容）。フォローアップに必要な事項のみを、本人の同意を得たうえで記入してください。</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+3" />
            <source>Health details (sensitive)</source>
            <translation>健康に関する情報（要配慮）</translation>
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
            <translation>移動距離（往復）</translation>
        </message>
        <message>
            <location filename="../ui/forms/accompaniment.py" line="+5" />
            <source> yen</source>
            <translation> 円</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+1" />
            <source>Transport cost</source>
            <translation>交通費</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/accompaniment.py" line="+2" />
            <source>Follow-up date</source>
            <translation>フォローアップ予定日</translation>
        </message>
    </context>
    <context>
        <name>AccompanimentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+39" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>出発</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back</source>
            <translation>帰庁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>在留外国人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>氏名（ローマ字）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination</source>
            <translation>同行先</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facility</source>
            <translation>施設</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>診療科・課</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transport (yen)</source>
            <translation>交通費（円）</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../ui/pages/audit.py" line="+29" />
            <source>Created</source>
            <translation>作成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewed</source>
            <translation>閲覧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported</source>
            <translation>インポート</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report made</source>
            <translation>報告書作成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed</source>
            <translation>印刷</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged in</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Logged out</source>
            <translation>ログアウト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed login</source>
            <translation>ログイン失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>アカウントロック</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymised</source>
            <translation>匿名化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Values removed</source>
            <translation>値の消去</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location line="+2" />
            <source>User account</source>
            <translation>ユーザーアカウント</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+24" />
            <source>User</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="-21" />
            <source>From</source>
            <translation>期間</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>～</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record ID (uuid; in a record's tooltip)</source>
            <translation>記録ID（uuid。記録欄のツールチップに表示）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Time</source>
            <translation>日時</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changes</source>
            <translation>変更内容</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Verify chain</source>
            <translation>改ざんの検証</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check that no audit row was altered or removed since it was written</source>
            <translation>監査ログの各行が、記録後に改ざんまたは削除されていないかを確認します</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Any user</source>
            <translation>すべてのユーザー</translation>
        </message>
        <message>
            <location line="+35" />
            <source>(values removed when the record was purged)</source>
            <translation>（記録の消去時に値を削除済み）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The newest %1 rows; narrow the filter to see older ones.</source>
            <translation>最新の%1行を表示しています。それより前の行を見るには、条件を絞り込んでください。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>The audit trail is intact (%1 rows).</source>
            <translation>監査ログに改ざんはありません（%1件）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit row %1 was altered or removed.</source>
            <translation>監査ログの行 %1 が改ざんまたは削除されています。</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="+44" />
            <source>(deleted) %1</source>
            <translation>（削除済み）%1</translation>
        </message>
    </context>
    <context>
        <name>BackupBox</name>
        <message>
            <location filename="../ui/pages/backup_box.py" line="+29" />
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change folder…</source>
            <translation>フォルダーを変更…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back up now</source>
            <translation>今すぐバックアップ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore from a backup…</source>
            <translation>バックアップから復元…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A verified, encrypted backup is made at the first start of each day and before every import, restore and purge; 7 daily, 4 weekly and 12 monthly are kept.</source>
            <translation>検証済みの暗号化バックアップを、毎日最初の起動時と、インポート・復元・データ消去の前に作成します。日次7世代、週次4世代、月次12世代を保管します。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Folder for backups</source>
            <translation>バックアップの保存先フォルダー</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore from a backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore %1? The current database is kept aside, never deleted, and the window opens again on the restored records.</source>
            <translation>%1 を復元しますか？現在のデータベースは削除せずに別の場所へ退避し、復元した記録でウィンドウを開き直します。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Backed up to %1</source>
            <translation>%1 にバックアップしました</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="+79" />
            <source>Bridge person</source>
            <translation>ブリッジ人材</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person #%1</source>
            <translation>ブリッジ人材 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+78" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages</source>
            <translation>対応言語</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+7" />
            <source>SNS contacts</source>
            <translation>SNS連絡先</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Where they can help, e.g. a district</source>
            <translation>対応できる地域（例：地区名）</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Area</source>
            <translation>地域</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+3" />
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>ID or phone number</source>
            <translation>IDまたは電話番号</translation>
        </message>
    </context>
    <context>
        <name>BridgePersonsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-33" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>対応言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>地域</translation>
        </message>
    </context>
    <context>
        <name>CardTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="+59" />
            <source>Period of stay ends</source>
            <translation>在留期間満了日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In</source>
            <translation>残り</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>住民</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Residence status</source>
            <translation>在留資格</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>ended %Ln day(s) ago</source>
            <translation>
                <numerusform>%Ln日前に満了</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../ui/pages/categories_dialog.py" line="+32" />
            <source>Other bodies' categories</source>
            <translation>他機関の分類</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Topics counted in this category</source>
            <translation>この分類に数える分野</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Back to the shipped example</source>
            <translation>付属の例に戻す</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Topics in no category (counted as unmapped): %1</source>
            <translation>どの分類にも入らない分野（未分類として数えます）：%1</translation>
        </message>
    </context>
    <context>
        <name>CodeItemDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+54" />
            <location line="+13" />
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Offered in forms</source>
            <translation>入力画面で選択可</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Japanese label</source>
            <translation>日本語表示名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English label</source>
            <translation>英語表示名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>表示順</translation>
        </message>
    </context>
    <context>
        <name>CodeList</name>
        <message>
            <location filename="../ui/labels.py" line="+73" />
            <source>Consultation topics</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channels</source>
            <translation>相談方法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS apps</source>
            <translation>SNSアプリ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>同行先</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>講座・イベントの種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>講座・イベントのテーマ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence statuses</source>
            <translation>在留資格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationalities</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation kinds</source>
            <translation>関係機関の種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent methods</source>
            <translation>同意の方法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Household relations</source>
            <translation>続柄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreters</source>
            <translation>通訳</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+170" />
            <source>Header row and columns</source>
            <translation>見出し行と列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each column's field is guessed from its header name; change it where the guess is wrong. Columns Madoguchi does not know are kept in the notes.</source>
            <translation>各列の項目は見出しの名前から推測しています。推測が違う場合は変更してください。Madoguchiが認識できない列は備考に残します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheet</source>
            <translation>シート</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Header row</source>
            <translation>見出し行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Example</source>
            <translation>例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <location filename="../ui/pages/conflicts.py" line="+55" />
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Found</source>
            <translation>検出日時</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What differs</source>
            <translation>違う項目</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This device</source>
            <translation>この端末</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other device</source>
            <translation>もう一方の端末</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep</source>
            <translation>残す値</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All mine</source>
            <translation>すべてこの端末の値</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All theirs</source>
            <translation>すべてもう一方の値</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+120" />
            <source>Resolve</source>
            <translation>解決</translation>
        </message>
        <message>
            <location line="-102" />
            <source>%1 open conflicts. A record changed on two devices since they last synced is kept as it is on each until you choose, field by field, which value to keep.</source>
            <translation>未解決の競合：%1 件。前回の同期後に 2 台の端末で変更された記録は、どの値を残すか項目ごとに選ぶまで、それぞれの端末でそのまま保たれます。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>deleted on this device</source>
            <translation>この端末で削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deleted on the other device</source>
            <translation>もう一方の端末で削除</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Resident</source>
            <translation>住民</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consultation</source>
            <translation>相談</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>同行支援</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>講座・説明会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>機関</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ブリッジ人材</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>ナレッジ項目</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No conflict chosen.</source>
            <translation>競合が選ばれていません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted on one device and changed on the other. Keep the record, or its deletion?</source>
            <translation>一方の端末で削除され、もう一方で変更されました。記録を残しますか、それとも削除を残しますか？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the value to keep for each field.</source>
            <translation>項目ごとに残す値を選んでください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The record</source>
            <translation>記録</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>deleted</source>
            <translation>削除済み</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>kept</source>
            <translation>残っている</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mine</source>
            <translation>この端末</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Theirs</source>
            <translation>もう一方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>編集</translation>
        </message>
    </context>
    <context>
        <name>ConsultationForm</name>
        <message>
            <location filename="../ui/forms/consultation.py" line="+32" />
            <source>Consultation</source>
            <translation>生活相談</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation #%1</source>
            <translation>生活相談 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-91" />
            <location filename="../ui/forms/consultation.py" line="+15" />
            <source>Date and time</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+1" />
            <source>Time spent</source>
            <translation>所要時間</translation>
        </message>
        <message>
            <location filename="../ui/forms/consultation.py" line="+6" />
            <source>Anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Resident</source>
            <translation>相談者</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Nationality (anonymous)</source>
            <translation>国籍（匿名の場合）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Language used</source>
            <translation>使用言語</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Channel</source>
            <translation>相談方法</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>SNS app</source>
            <translation>SNSアプリ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>Interpreter</source>
            <translation>通訳</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Topics</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+3" />
            <source>What was asked</source>
            <translation>相談内容</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>What was done</source>
            <translation>対応内容</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+5" />
            <source>Referred to</source>
            <translation>紹介先</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+4" />
            <source>Status</source>
            <translation>対応状況</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+2" />
            <source>Follow-up date</source>
            <translation>フォローアップ予定日</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/consultation.py" line="+14" />
            <source>Suggested answers</source>
            <translation>回答候補</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+11" />
            <source>Date and time</source>
            <translation>日時</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>相談者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>氏名（ローマ字）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>相談内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>相談方法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>対応状況</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>時間（分）</translation>
        </message>
    </context>
    <context>
        <name>Curtain</name>
        <message>
            <location filename="../ui/session.py" line="+87" />
            <source>Locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Madoguchi (locked)</source>
            <translation>Madoguchi（ロック中）</translation>
        </message>
    </context>
    <context>
        <name>DataTransferBox</name>
        <message>
            <location filename="../ui/pages/data_transfer.py" line="+27" />
            <source>All records as a file</source>
            <translation>全記録のエクスポート・インポート</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export all records…</source>
            <translation>全記録をエクスポート…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import records…</source>
            <translation>記録をインポート…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export all records</source>
            <translation>全記録をエクスポート</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import records</source>
            <translation>記録をインポート</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting…</source>
            <translation>エクスポート中…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported to %1: %2</source>
            <translation>%1 にエクスポートしました：%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Importing…</source>
            <translation>インポート中…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported from %1: %2</source>
            <translation>%1 からインポートしました：%2</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../ui/widgets.py" line="+172" />
            <source>Pick a date</source>
            <translation>日付を選択</translation>
        </message>
        <message>
            <location line="+44" />
            <source>not a date</source>
            <translation>日付ではありません</translation>
        </message>
    </context>
    <context>
        <name>DevicesBox</name>
        <message>
            <location filename="../ui/pages/devices.py" line="+63" />
            <source>Sync between devices</source>
            <translation>端末間の同期</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose folder…</source>
            <translation>フォルダーを選ぶ…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sync now</source>
            <translation>今すぐ同期</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+60" />
            <source>Sync folder</source>
            <translation>同期フォルダー</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Each device writes an encrypted packet of its changes to this folder (a shared folder or a USB stick) and reads the others' packets. It also happens at login and logout when the folder can be reached.</source>
            <translation>各端末は変更内容を暗号化したパケットをこのフォルダー（共有フォルダーや USB メモリ）に書き出し、他の端末のパケットを読み込みます。フォルダーに接続できるときは、ログイン時とログアウト時にも行います。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Devices of this town</source>
            <translation>この市町村の端末</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device</source>
            <translation>端末</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last heard from</source>
            <translation>最終受信</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changes not yet confirmed</source>
            <translation>未確認の変更</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add device…</source>
            <translation>端末を追加…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+86" />
            <location line="+20" />
            <location line="+9" />
            <source>Revoke device</source>
            <translation>端末を失効させる</translation>
        </message>
        <message>
            <location line="-100" />
            <source>(none chosen)</source>
            <translation>（未選択）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this device</source>
            <translation>この端末</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked</source>
            <translation>失効</translation>
        </message>
        <message>
            <location line="+1" />
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open conflicts: %1</source>
            <translation>未解決の競合：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sync</source>
            <translation>同期</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Syncing…</source>
            <translation>同期しています…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy of this town for another device</source>
            <translation>別の端末用のこの市町村のコピー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Madoguchi database (*.db)</source>
            <translation>Madoguchi データベース (*.db)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add device</source>
            <translation>端末を追加</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Device %1 added. Copy both files (%2 and its .keys file) to the other device's data folder.</source>
            <translation>端末 %1 を追加しました。2 つのファイル（%2 とその .keys ファイル）を、もう一方の端末のデータフォルダーにコピーしてください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refuse every packet of device %1 from now on, on every device, and give this database a new key? Do this for a lost or retired device.</source>
            <translation>今後、すべての端末で端末 %1 のパケットを受け付けないようにし、このデータベースに新しい鍵を設定しますか？紛失した端末や使わなくなった端末に行います。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Revoking device…</source>
            <translation>端末を失効させています…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Device %1 is revoked, but this database was not re-keyed: the accounts %2 were made by an older Madoguchi and change at their next login; revoke the device again after that.</source>
            <translation>端末 %1 を失効させましたが、このデータベースの鍵は変更していません。アカウント %2 は古い Madoguchi で作られており、次回のログイン時に更新されます。その後、もう一度この端末を失効させてください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Device %1 is revoked and this database has a new key: backups made from now on cannot be opened with the lost device's key.</source>
            <translation>端末 %1 を失効させ、このデータベースに新しい鍵を設定しました。今後作られるバックアップは、紛失した端末の鍵では開けません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No other device was left, so the town has a new sync key: devices added from now on get it; the lost device's packets are refused.</source>
            <translation>他の端末が残っていないため、新しい同期鍵を設定しました。今後追加する端末にはこの鍵が入ります。紛失した端末のパケットは受け付けません。</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/pages/lists.py" line="+76" />
            <source>Organisations</source>
            <translation>関係機関</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge persons</source>
            <translation>ブリッジ人材</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+256" />
            <source>Imported</source>
            <translation>インポート完了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are in Madoguchi; each keeps the file, sheet and row it came from.</source>
            <translation>記録をMadoguchiにインポートしました。各記録にはインポート元のファイル・シート・行が残ります。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the import report (CSV)…</source>
            <translation>インポート結果レポートを保存（CSV）…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 residents were added and %2 updated; %3 not on the roster are listed in the report to check. A backup was made first.</source>
            <translation>在留外国人を%1人追加し、%2人を更新しました。名簿にない%3人は、確認用にレポートに記載しています。事前にバックアップを作成しました。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 consultations were imported; %2 residents were added and %3 already known ones were linked. A backup was made first.</source>
            <translation>相談%1件をインポートしました。在留外国人を%2人追加し、登録済みの%3人と紐付けました。事前にバックアップを作成しました。</translation>
        </message>
    </context>
    <context>
        <name>DueTable</name>
        <message>
            <location filename="../ui/pages/today.py" line="-41" />
            <source>Follow-up</source>
            <translation>フォローアップ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Consulted</source>
            <translation>相談日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident</source>
            <translation>相談者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>対応状況</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>相談内容</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ui/errors.py" line="+26" />
            <source>Something unexpected went wrong (%1). Your saved records are safe; what happened was written to %2 for your IT staff.</source>
            <translation>予期しないエラーが発生しました（%1）。保存済みの記録は失われていません。発生した内容は、情報システム担当者向けに %2 に記録しました。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-411" />
            <source>Choose the file and its sheets</source>
            <translation>ファイルとシートの選択</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An Excel workbook (.xlsx, .xls) or a CSV file: an old log of consultations, or the resident roster. Nothing is written until the last step.</source>
            <translation>Excelブック（.xlsx、.xls）またはCSVファイル：過去の相談記録、または住民名簿です。最後の手順まで何も書き込みません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A log of consultations</source>
            <translation>相談記録</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The resident roster (住民基本台帳 extract)</source>
            <translation>住民名簿（住民基本台帳の抽出）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file holds:</source>
            <translation>ファイルの内容：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose file…</source>
            <translation>ファイルを選択…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+54" />
            <source>Mapping profile: none (guessed from the file)</source>
            <translation>インポート設定：なし（ファイルから推測）</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Load mapping profile…</source>
            <translation>インポート設定を読み込む…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sheets to import:</source>
            <translation>取り込むシート：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading the file…</source>
            <translation>ファイルを読み込み中…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 (%2 rows)</source>
            <translation>%1（%2行）</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Mapping profile: %1</source>
            <translation>インポート設定：%1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../ui/first_run.py" line="+86" />
            <source>Madoguchi — first start</source>
            <translation>Madoguchi — 初回設定</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Welcome to Madoguchi</source>
            <translation>Madoguchiへようこそ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no database here yet. Madoguchi will make a new encrypted database in:</source>
            <translation>ここにはまだデータベースがありません。Madoguchiは、次の場所に暗号化された新しいデータベースを作成します：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>First, the town's name and the administrator: the clerk who looks after Madoguchi, adds the other users and keeps the recovery code.</source>
            <translation>まず、自治体名と管理者を登録します。管理者は、Madoguchiを管理し、他のユーザーを追加し、復旧コードを保管する職員です。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>%1文字以上</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (Japanese)</source>
            <translation>自治体名（日本語）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator's user name</source>
            <translation>管理者のユーザー名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password again</source>
            <translation>パスワード（確認）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create the database</source>
            <translation>データベースを作成</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Please enter the town's name.</source>
            <translation>自治体名を入力してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter a user name for the administrator.</source>
            <translation>管理者のユーザー名を入力してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use at least %1 characters for the password.</source>
            <translation>パスワードは%1文字以上にしてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords are not the same.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The folder %1 does not exist.</source>
            <translation>フォルダー %1 が存在しません。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The recovery code</source>
            <translation>復旧コード</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If every administrator password is lost, only this code opens the database. It is shown now and never again, and Madoguchi does not keep it.</source>
            <translation>管理者のパスワードがすべて分からなくなった場合、データベースを開けるのはこのコードだけです。コードが表示されるのは今回限りで、Madoguchiには保存されません。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Print it, or write it down by hand, and keep the paper in the office safe. Do not keep it on this computer or in email.</source>
            <translation>印刷するか手書きで書き留め、その用紙を役場の金庫に保管してください。このパソコンやメールには保存しないでください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printing is not available here. Write the code down by hand now and keep the paper in the office safe. Save it as a text file only to print it elsewhere, then delete the file.</source>
            <translation>この環境では印刷できません。今すぐコードを手書きで書き留め、その用紙を役場の金庫に保管してください。テキストファイルへの保存は別のパソコンで印刷する場合に限り、印刷後はファイルを削除してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save as text file…</source>
            <translation>テキストファイルに保存…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>I have written down or printed the recovery code</source>
            <translation>復旧コードを書き留めた、または印刷した</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Finish and open Madoguchi</source>
            <translation>完了してMadoguchiを開く</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Madoguchi recovery code</source>
            <translation>Madoguchi 復旧コード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep this paper in the office safe. Anyone who has it and the database file can read every record.</source>
            <translation>この用紙は役場の金庫に保管してください。この用紙とデータベースファイルがあれば、誰でもすべての記録を読むことができます。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sent to the printer.</source>
            <translation>プリンターに送信しました。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save the recovery code</source>
            <translation>復旧コードを保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt)</source>
            <translation>テキスト (*.txt)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Could not save: %1</source>
            <translation>保存できませんでした：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved. Print it, then delete the file.</source>
            <translation>保存しました。印刷後、ファイルを削除してください。</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <location filename="../ui/pages/today.py" line="+52" />
            <source>First steps</source>
            <translation>はじめの手順</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This town has no records yet. A new town usually starts so:</source>
            <translation>この自治体にはまだ記録がありません。通常は次の順で始めます：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1. The town's name and the report settings</source>
            <translation>1. 自治体名と報告の設定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2. Accounts for the staff (the CIR, a colleague)</source>
            <translation>2. 職員のアカウント（国際交流員、同僚）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3. Old records from Excel or CSV, and the roster</source>
            <translation>3. ExcelやCSVの過去の記録と住民名簿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4. A knowledge pack from another town</source>
            <translation>4. 他の自治体のQ&amp;Aパック</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../ui/jobs.py" line="+125" />
            <source>Unexpected error (%1).</source>
            <translation>予期しないエラーが発生しました（%1）。</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>KbStatus</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+33" />
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>公開</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <location filename="../ui/labels.py" line="-66" />
            <source>Resident</source>
            <translation>在留外国人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>生活相談</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment</source>
            <translation>同行支援</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session</source>
            <translation>講座・イベント</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>関係機関</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bridge person</source>
            <translation>ブリッジ人材</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry</source>
            <translation>Q&amp;A</translation>
        </message>
    </context>
    <context>
        <name>KnowledgeForm</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+44" />
            <source>Knowledge entry</source>
            <translation>Q&amp;A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge entry #%1</source>
            <translation>Q&amp;A #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+54" />
            <location filename="../ui/forms/knowledge.py" line="+6" />
            <source>Topic</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+7" />
            <source>Add language…</source>
            <translation>言語を追加…</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+9" />
            <source>Question and answer</source>
            <translation>質問と回答</translation>
        </message>
        <message>
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>For example: 在留カード, マイナンバーカード</source>
            <translation>例：在留カード、マイナンバーカード</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+1" />
            <source>Documents to bring</source>
            <translation>持参する書類</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+12" />
            <source>Organisations that help</source>
            <translation>相談先の関係機関</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/knowledge.py" line="+4" />
            <source>Last reviewed</source>
            <translation>最終見直し日</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePack</name>
        <message>
            <location filename="../ui/kb_pack.py" line="+22" />
            <source>Knowledge pack from %1: %2 new, %3 changed, %4 already here; %5 organisations to add. Import it?</source>
            <translation>%1 のQ&amp;Aパック：新規 %2 件、変更 %3 件、登録済み %4 件、追加する機関 %5 件。インポートしますか？</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import a knowledge pack</source>
            <translation>Q&amp;Aパックをインポート</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export a knowledge pack</source>
            <translation>Q&amp;Aパックをエクスポート</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 published entries were written to %2.</source>
            <translation>公開中の %1 件を %2 に書き出しました。</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <location filename="../ui/pages/knowledge.py" line="+57" />
            <source>Search questions and answers, in any language</source>
            <translation>質問と回答を検索（どの言語でも可）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Any topic</source>
            <translation>すべての分類</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show drafts</source>
            <translation>下書きを表示</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New entry…</source>
            <translation>新規作成…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New knowledge entry (Ctrl+N)</source>
            <translation>Q&amp;Aを新規作成（Ctrl+N）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Knowledge packs</source>
            <translation>Q&amp;Aパック</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share the published entries with another town, or take theirs in</source>
            <translation>公開中の項目を他の自治体と共有する、または他の自治体の項目を取り込む</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a knowledge pack…</source>
            <translation>Q&amp;Aパックをインポート…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export a knowledge pack…</source>
            <translation>Q&amp;Aパックをエクスポート…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Topic</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last reviewed</source>
            <translation>最終見直し日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Used</source>
            <translation>使用回数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Review</source>
            <translation>見直し</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Copy for SNS</source>
            <translation>SNS用にコピー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the question and answer in the chosen language, as plain text for Messenger, Zalo or LINE</source>
            <translation>選択した言語の質問と回答を、Messenger・Zalo・LINE用のテキストとしてコピーします</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark reviewed</source>
            <translation>見直し済みにする</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is still right: record today as its review date</source>
            <translation>回答が現在も正しい場合に、今日の日付を見直し日として記録します</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Due</source>
            <translation>要見直し</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not reviewed for a year: check the answer is still right</source>
            <translation>1年以上見直されていません。回答が現在も正しいか確認してください</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%Ln entries</source>
            <translation>
                <numerusform>%Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entry chosen</source>
            <translation>Q&amp;Aが選択されていません</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Documents to bring:</source>
            <translation>持ち物：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Organisations that help:</source>
            <translation>相談できる機関：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Never reviewed</source>
            <translation>見直し未実施</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last reviewed %1 by %2</source>
            <translation>最終見直し：%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last reviewed %1</source>
            <translation>最終見直し：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From %1</source>
            <translation>提供元：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Marked as reviewed today</source>
            <translation>本日付で見直し済みにしました</translation>
        </message>
    </context>
    <context>
        <name>LanguageChooser</name>
        <message>
            <location filename="../ui/login.py" line="+94" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
    </context>
    <context>
        <name>LanguageTab</name>
        <message>
            <location filename="../ui/forms/knowledge.py" line="-67" />
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this language</source>
            <translation>この言語を削除</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../ui/pages/list_page.py" line="+50" />
            <source>From</source>
            <translation>期間</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>～</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any status</source>
            <translation>すべての状況</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any topic</source>
            <translation>すべての分類</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any language</source>
            <translation>すべての言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any nationality</source>
            <translation>すべての国籍</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New…</source>
            <translation>新規作成…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New record (Ctrl+N)</source>
            <translation>新規作成（Ctrl+N）</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/login.py" line="+96" />
            <source>Madoguchi — log in</source>
            <translation>Madoguchi — ログイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked. Log in to continue, or log in as another user.</source>
            <translation>ロックされています。続けるにはログインしてください。別のユーザーでログインすることもできます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in to Madoguchi</source>
            <translation>Madoguchiにログイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database: %1</source>
            <translation>データベース：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Demo town: user %1 or %2, password %3</source>
            <translation>デモ用自治体：ユーザー %1 または %2、パスワード %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the recovery code…</source>
            <translation>復旧コードを使用…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log in</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit Madoguchi</source>
            <translation>Madoguchiを終了</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter your user name and password.</source>
            <translation>ユーザー名とパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup was restored. Log in again.</source>
            <translation>バックアップを復元しました。再度ログインしてください。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opening the database… The first login after an update prepares the file once; on a large town this can take a minute.</source>
            <translation>データベースを開いています… 更新後の最初のログインでは、ファイルの準備を一度だけ行います。大きな町では1分ほどかかることがあります。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+30" />
            <source>Today</source>
            <translation>本日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residents</source>
            <translation>在留外国人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations</source>
            <translation>生活相談</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniments</source>
            <translation>同行支援</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>講座・イベント</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directory</source>
            <translation>名簿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Knowledge</source>
            <translation>Q&amp;A集</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports</source>
            <translation>報告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handover</source>
            <translation>引継ぎ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit</source>
            <translation>監査ログ</translation>
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
            <translation>検索</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Search residents and consultations (Ctrl+F): any script, any name form</source>
            <translation>在留外国人と生活相談を検索（Ctrl+F）：どの文字・氏名の表記でも検索できます</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New record</source>
            <translation>新規作成</translation>
        </message>
        <message>
            <location line="+143" />
            <source>administrator</source>
            <translation>管理者</translation>
        </message>
        <message>
            <location line="+0" />
            <source>staff</source>
            <translation>職員</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock / switch user</source>
            <translation>ロック／ユーザー切替</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock the window, or let another user log in (Ctrl+L)</source>
            <translation>ウィンドウをロックするか、別のユーザーがログインできるようにします（Ctrl+L）</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDialog</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+51" />
            <source>Special allocation tax measures</source>
            <translation>特別交付税措置</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consultation topics</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultations with interpreter</source>
            <translation>通訳を介した生活相談</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session kinds</source>
            <translation>講座・イベントの種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session topics</source>
            <translation>講座・イベントのテーマ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accompaniment destinations</source>
            <translation>同行先</translation>
        </message>
    </context>
    <context>
        <name>OldRecordsBox</name>
        <message>
            <location filename="../ui/table_import.py" line="+171" />
            <source>Old records from Excel or CSV</source>
            <translation>ExcelやCSVの過去の記録</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from Excel/CSV…</source>
            <translation>Excel/CSVからインポート…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A consultation log kept in Excel or CSV, or the resident roster: preview every row first, then import all or nothing.</source>
            <translation>ExcelやCSVで管理していた相談記録、または住民名簿をインポートします。まず全行をプレビューで確認し、全件をまとめてインポートします（一部だけ取り込むことはありません）。</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../ui/forms/directory.py" line="-88" />
            <source>Organisation</source>
            <translation>関係機関</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation #%1</source>
            <translation>関係機関 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="-64" />
            <location filename="../ui/forms/directory.py" line="+5" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+2" />
            <source>Languages spoken</source>
            <translation>対応言語</translation>
        </message>
        <message>
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>An interpreter can be arranged</source>
            <translation>通訳の手配が可能</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/directory.py" line="+1" />
            <source>Interpreter</source>
            <translation>通訳</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/directory.py" line="+4" />
            <source>Notes</source>
            <translation>備考</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsList</name>
        <message>
            <location filename="../ui/list_headers.py" line="-30" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>通訳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>対応言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+39" />
            <source>SMTP password</source>
            <translation>SMTPパスワード</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password for %1 at %2</source>
            <translation>%2 のユーザー %1 のパスワード</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/pages/users.py" line="+73" />
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember it in this computer's keyring</source>
            <translation>このパソコンのキーリングに保存する</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No secure keyring is available, so Madoguchi asks every time.</source>
            <translation>安全なキーリングを利用できないため、Madoguchiは毎回パスワードを確認します。</translation>
        </message>
        <message>
            <location filename="../ui/pages/users.py" line="-19" />
            <source>Add user</source>
            <translation>ユーザーを追加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set password for %1</source>
            <translation>%1 のパスワードを設定</translation>
        </message>
        <message>
            <location line="+11" />
            <source>At least %1 characters</source>
            <translation>%1文字以上</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>権限</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password again</source>
            <translation>パスワード（確認）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Staff can keep records and make the aggregated reports. Only administrators manage users and settings, export personal data and delete data for good.</source>
            <translation>職員は、記録の入力と集計報告の作成ができます。ユーザーと設定の管理、個人情報のエクスポート、データの完全削除は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The two passwords are not the same.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>Person</name>
        <message>
            <location filename="../ui/labels.py" line="+72" />
            <source>Anonymous (%1)</source>
            <translation>匿名（%1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nationality unknown</source>
            <translation>国籍不明</translation>
        </message>
    </context>
    <context>
        <name>PrefecturePage</name>
        <message>
            <location filename="../ui/pages/prefecture.py" line="+42" />
            <source>Madoguchi — prefecture roll-up</source>
            <translation>Madoguchi — 都道府県集計</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the annual data files (.json) the towns sent, check them, then make the prefecture's report (PDF, Excel and CSV). No town database is needed.</source>
            <translation>市町村から届いた年度報告データ（.json）を追加して確認し、都道府県の報告（PDF・Excel・CSV）を作成します。市町村のデータベースは不要です。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add files…</source>
            <translation>ファイルを追加…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove all</source>
            <translation>すべて削除</translation>
        </message>
        <message>
            <location line="+8" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Town</source>
            <translation>市町村</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Municipality code</source>
            <translation>全国地方公共団体コード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts</source>
            <translation>件数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Version</source>
            <translation>版</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Accept provisional files (the roll-up is then provisional)</source>
            <translation>暫定のファイルも受け付ける（集計も暫定になります）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Counts from 1 to one less than this are hidden as x in the prefecture's report.</source>
            <translation>1 からこの数より 1 小さい数までの件数は、都道府県の報告で x として秘匿されます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide counts below</source>
            <translation>秘匿する件数（未満）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the files</source>
            <translation>ファイルを確認</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make the prefecture's report…</source>
            <translation>都道府県の報告を作成…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Annual data files</source>
            <translation>年度報告データ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual data files (*.json)</source>
            <translation>年度報告データ (*.json)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the prefecture's report in</source>
            <translation>都道府県の報告の保存先</translation>
        </message>
        <message>
            <location line="+39" />
            <source>exact</source>
            <translation>正確な件数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>suppressed</source>
            <translation>秘匿済み</translation>
        </message>
        <message>
            <location line="+1" />
            <source>provisional to %1</source>
            <translation>暫定（%1 まで）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>確定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 files of %2 are ready to roll up.</source>
            <translation>%2 ファイル中 %1 ファイルが集計できます。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Making the prefecture's report…</source>
            <translation>都道府県の報告を作成しています…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved:</source>
            <translation>保存しました：</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="+183" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every row of the file and what will become of it. The import adds all of it, or nothing.</source>
            <translation>ファイルの全行と、各行がどう扱われるかを表示しています。インポートでは全件を追加するか、何も追加しないかのどちらかです。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the other rows, and list rows with problems as skipped</source>
            <translation>問題のある行はスキップとして記録し、ほかの行を取り込む</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile…</source>
            <translation>インポート設定を保存…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save preview as CSV…</source>
            <translation>プレビューをCSVで保存…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 rows: %2 new residents, %3 to update, %4 unchanged, %5 skipped, %6 with problems; %7 residents in Madoguchi are not on the roster (listed to check; they are not changed).</source>
            <translation>%1行：新規の在留外国人 %2件、更新 %3件、変更なし %4件、スキップ %5件、問題あり %6件。Madoguchiに登録済みの在留外国人のうち %7人が名簿にありません（確認用に表示しています。変更はしません）。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 rows: %2 to import, %3 skipped, %4 with problems. Residents: %5 new, %6 already in Madoguchi.</source>
            <translation>%1行：インポート %2件、スキップ %3件、問題あり %4件。在留外国人：新規 %5人、Madoguchiに登録済み %6人。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rows with problems stop the import: correct the file or the mapping (Back), or tick the box above.</source>
            <translation>問題のある行があると取り込めません。ファイルまたはインポート設定を修正する（「戻る」）か、上のチェックボックスをオンにしてください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save mapping profile</source>
            <translation>インポート設定を保存</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping profile saved: %1</source>
            <translation>インポート設定を保存しました：%1</translation>
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
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>はい(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>いいえ(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>ヘルプ</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../ui/forms/base.py" line="+62" />
            <source>Delete…</source>
            <translation>削除…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This record was also changed on another device: it has an open conflict (Settings › Conflicts).</source>
            <translation>この記録は別の端末でも変更されました。未解決の競合があります（設定 › 競合）。</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Please correct the fields marked in red.</source>
            <translation>赤色で示された項目を修正してください。</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete this record? This cannot be undone.</source>
            <translation>この記録を削除しますか？この操作は元に戻せません。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record has changes that are not saved. Save them?</source>
            <translation>この記録には保存されていない変更があります。保存しますか？</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../ui/login.py" line="+56" />
            <source>Use the recovery code</source>
            <translation>復旧コードを使用</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the recovery code from the paper kept in the office safe. Then choose a new password for the administrator.</source>
            <translation>役場の金庫に保管している用紙の復旧コードを入力し、管理者の新しいパスワードを設定してください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check the code</source>
            <translation>コードを確認</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recovery code</source>
            <translation>復旧コード</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Administrator</source>
            <translation>管理者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password</source>
            <translation>新しいパスワード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New password again</source>
            <translation>新しいパスワード（確認）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Set password and log in</source>
            <translation>パスワードを設定してログイン</translation>
        </message>
        <message>
            <location line="+39" />
            <source>This database has no active administrator.</source>
            <translation>このデータベースには有効な管理者がいません。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The two passwords are not the same.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>ReportSettingsBox</name>
        <message>
            <location filename="../ui/pages/report_settings.py" line="+36" />
            <source>Reports</source>
            <translation>報告</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counts from 1 to one less than this are hidden as x in the annual report.</source>
            <translation>年度報告では、1以上この値未満の件数を「x」と表示して秘匿します。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>same as above</source>
            <translation>上と同じ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A hidden count is protected when a reader of every table published this year cannot narrow it to a range narrower than this.</source>
            <translation>秘匿した数値は、今年度公表したすべての表を読んでも、この幅より狭い範囲に絞り込めないときに保護されています。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the town's name</source>
            <translation>自治体名から判断</translation>
        </message>
        <message>
            <location line="+10" />
            <source>全国地方公共団体コード: six digits, the last one a check digit.</source>
            <translation>全国地方公共団体コード：6 桁で、最後の 1 桁は検査数字です。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>suppressed counts, as in the report</source>
            <translation>秘匿した件数（報告と同じ）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exact counts, for the prefecture to suppress</source>
            <translation>正確な件数（秘匿は都道府県で行う）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Special allocation tax measures…</source>
            <translation>特別交付税措置…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other bodies' categories…</source>
            <translation>他機関の分類…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide counts below</source>
            <translation>秘匿基準（未満）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Protection width</source>
            <translation>保護幅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality</source>
            <translation>自治体の種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Municipality code</source>
            <translation>全国地方公共団体コード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The annual data file carries</source>
            <translation>年度報告データに入れるもの</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town population</source>
            <translation>人口</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign residents</source>
            <translation>外国人住民数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>担当課</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact (mail signature)</source>
            <translation>連絡先（メールの署名）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sending to the prefecture</source>
            <translation>都道府県への送信</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Use STARTTLS</source>
            <translation>STARTTLSを使用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forget the saved password</source>
            <translation>保存したパスワードを削除</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prefecture's address</source>
            <translation>都道府県の宛先アドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From address</source>
            <translation>送信元アドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Message</source>
            <translation>本文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mail server (SMTP)</source>
            <translation>メールサーバー（SMTP）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save report settings</source>
            <translation>報告の設定を保存</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password is kept only in this computer's keyring, never in a file.</source>
            <translation>パスワードはこのパソコンのキーリングにのみ保存し、ファイルには保存しません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure keyring here: Madoguchi asks for the password every time.</source>
            <translation>安全なキーリングがないため、Madoguchiは毎回パスワードを確認します。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="+49" />
            <source>Monthly report</source>
            <translation>月報</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual report for the prefecture</source>
            <translation>都道府県への年度報告</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export PDF…</source>
            <translation>PDF出力…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export Excel…</source>
            <translation>Excel出力…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>CSV出力…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the file made</source>
            <translation>作成したファイルを開く</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Email draft for the prefecture…</source>
            <translation>都道府県宛てメールの下書き…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture…</source>
            <translation>都道府県へ送信…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attach the annual data file (for the prefecture's roll-up)</source>
            <translation>年度報告データを添付する（都道府県の集計用）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save the report in</source>
            <translation>報告書の保存先</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Records with open sync conflicts: %1. The report counts them as they stand on this device (Settings › Conflicts).</source>
            <translation>同期の競合が未解決の記録：%1 件。報告ではこの端末での状態で数えます（設定 › 競合）。</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Making the report…</source>
            <translation>報告書を作成中…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved:</source>
            <translation>保存しました：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Making the email draft…</source>
            <translation>メールの下書きを作成中…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved. Open the .eml file to check and send it from your mail program:</source>
            <translation>保存しました。.emlファイルを開いて内容を確認し、メールソフトから送信してください：</translation>
        </message>
        <message>
            <location filename="../ui/pages/send_dialog.py" line="+37" />
            <source>Send the %1 report (PDF, Excel and the annual data file) to %2?</source>
            <translation>%1の報告（PDF・Excel・年度報告データ）を %2 に送信しますか？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the %1 report (PDF and Excel) to %2?</source>
            <translation>%1の年度報告（PDFとExcel）を %2 に送信しますか？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the prefecture</source>
            <translation>都道府県へ送信</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sent to %1.</source>
            <translation>%1 に送信しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sending…</source>
            <translation>送信中…</translation>
        </message>
    </context>
    <context>
        <name>ResidentForm</name>
        <message>
            <location filename="../ui/forms/resident.py" line="+39" />
            <source>Resident</source>
            <translation>在留外国人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident #%1</source>
            <translation>在留外国人 #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+48" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>Family name (native script)</source>
            <translation>姓（母語表記）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Given name (native script)</source>
            <translation>名（母語表記）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Family name (Latin letters)</source>
            <translation>姓（ローマ字）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Given name (Latin letters)</source>
            <translation>名（ローマ字）</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Hiragana becomes katakana</source>
            <translation>ひらがなで入力するとカタカナになります</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Reading (katakana)</source>
            <translation>フリガナ（カタカナ）</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Languages</source>
            <translation>使用言語</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Residence status</source>
            <translation>在留資格</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Period of stay ends (在留期間満了日)</source>
            <translation>在留期間満了日</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Residence card number</source>
            <translation>在留カード番号</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>Employer or host organisation</source>
            <translation>勤務先・受入れ機関</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+1" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>ID or phone number</source>
            <translation>IDまたは電話番号</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+4" />
            <source>SNS contacts</source>
            <translation>SNS連絡先</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Arrival date</source>
            <translation>転入日</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+2" />
            <source>Consent to keep a record: date</source>
            <translation>記録への同意日</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Consent: how</source>
            <translation>同意の方法</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/resident.py" line="+3" />
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <location filename="../ui/forms/resident.py" line="+9" />
            <source>Link</source>
            <translation>関連付け</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlink</source>
            <translation>解除</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/resident.py" line="+8" />
            <source>Household</source>
            <translation>世帯</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <location filename="../ui/resident_picker.py" line="+50" />
            <source>Type a name in any script…</source>
            <translation>氏名を入力（どの文字でも可）…</translation>
        </message>
        <message>
            <location line="+47" />
            <source>New resident “%1”…</source>
            <translation>新しい住民「%1」…</translation>
        </message>
    </context>
    <context>
        <name>ResidentView</name>
        <message>
            <location filename="../ui/resident_view.py" line="+53" />
            <location line="+97" />
            <source>Timeline</source>
            <translation>経過</translation>
        </message>
        <message>
            <location line="-94" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit resident…</source>
            <translation>在留外国人情報を編集…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New consultation…</source>
            <translation>生活相談を新規作成…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New accompaniment…</source>
            <translation>同行支援を新規作成…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>在留資格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>使用言語</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Employer or host</source>
            <translation>勤務先・受入れ機関</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SNS</source>
            <translation>SNS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived</source>
            <translation>転入日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent</source>
            <translation>同意</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Household</source>
            <translation>世帯</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+5" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name (Latin)</source>
            <translation>氏名（ローマ字）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residence status</source>
            <translation>在留資格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stay ends</source>
            <translation>在留期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card number</source>
            <translation>カード番号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employer or host</source>
            <translation>勤務先・受入れ機関</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>転入日</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <location filename="../ui/pages/retention_box.py" line="+26" />
            <source>Retention</source>
            <translation>保存期間</translation>
        </message>
        <message>
            <location line="+7" />
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anonymise…</source>
            <translation>匿名化…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No activity for</source>
            <translation>活動のない期間</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Anonymising blanks names, contacts, notes and free text, after a backup. Nationality, languages and residence status stay, so past reports keep their numbers.</source>
            <translation>匿名化では、バックアップを作成したうえで、氏名、連絡先、備考、自由記述欄を消去します。国籍、言語、在留資格は残るため、過去の報告の数値は変わりません。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Anonymise</source>
            <translation>匿名化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymise %1 residents? This cannot be undone (a backup is made first).</source>
            <translation>%1人の在留外国人を匿名化しますか？この操作は元に戻せません（実行前にバックアップを作成します）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 residents have had no activity for %2 years or more.</source>
            <translation>%2年以上活動のない在留外国人が%1人います。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 residents anonymised.</source>
            <translation>%1人の在留外国人を匿名化しました。</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../ui/pages/users.py" line="-64" />
            <source>Administrator</source>
            <translation>管理者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>職員</translation>
        </message>
    </context>
    <context>
        <name>RowsModel</name>
        <message>
            <location filename="../ui/table_import_rows.py" line="+67" />
            <source>Sheet</source>
            <translation>シート</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>対象者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsPage</name>
        <message>
            <location filename="../ui/pages/search_results.py" line="+26" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Detail</source>
            <translation>詳細</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 result(s) for “%2”</source>
            <translation>「%2」の検索結果：%1件</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/session.py" line="+96" />
            <source>Checking the database in the background…</source>
            <translation>バックグラウンドでデータベースを確認しています…</translation>
        </message>
    </context>
    <context>
        <name>SessionForm</name>
        <message>
            <location filename="../ui/forms/session.py" line="+38" />
            <source>Session</source>
            <translation>講座・イベント</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session #%1</source>
            <translation>講座・イベント #%1</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+5" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Date</source>
            <translation>開催日</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Start time</source>
            <translation>開始時刻</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Copy the last session of this kind</source>
            <translation>前回の同じ種類の活動をコピー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title, topics, languages, venue, facilitator and registered attendees of the most recent session of this kind (for weekly classes)</source>
            <translation>同じ種類の直近の活動の名称・テーマ・言語・会場・講師・登録参加者（毎週の教室に）</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+6" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Topics</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Languages</source>
            <translation>使用言語</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Held online</source>
            <translation>オンラインで開催</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+2" />
            <source>Facilitator</source>
            <translation>講師・進行役</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../ui/forms/session.py" line="+3" />
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+10" />
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="+11" />
            <source>Registered attendees</source>
            <translation>参加者（登録済み）</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+1" />
            <source>Attendance sheet…</source>
            <translation>出席簿…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print a sheet for attendees to sign (出席簿)</source>
            <translation>参加者が署名する出席簿を印刷します</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Count</source>
            <translation>人数</translation>
        </message>
        <message>
            <location line="+8" />
            <source>People who came but have no resident record</source>
            <translation>在留外国人として登録されていない参加者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add row</source>
            <translation>行を追加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove row</source>
            <translation>行を削除</translation>
        </message>
        <message>
            <location line="+101" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reading</source>
            <translation>読み</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature</source>
            <translation>署名</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attendance sheet</source>
            <translation>出席簿</translation>
        </message>
        <message>
            <location filename="../ui/field_labels.py" line="+3" />
            <location filename="../ui/forms/session.py" line="-97" />
            <source>Unregistered attendees</source>
            <translation>参加者（未登録）</translation>
        </message>
        <message>
            <location filename="../ui/forms/session.py" line="+4" />
            <source>Total attendance</source>
            <translation>参加者数合計</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 (%2 registered, %3 unregistered)</source>
            <translation>%1人（登録済み %2人、未登録 %3人）</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/list_headers.py" line="+21" />
            <source>Date</source>
            <translation>開催日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>参加者数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Facilitator</source>
            <translation>講師・進行役</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="+41" />
            <source>Town and data</source>
            <translation>自治体とデータ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reports</source>
            <translation>報告</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Town</source>
            <translation>自治体</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+135" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="-128" />
            <source>Town name (Japanese)</source>
            <translation>自治体名（日本語）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town name (English)</source>
            <translation>自治体名（英語）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Database</source>
            <translation>データベース</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schema version</source>
            <translation>スキーマのバージョン</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded as user</source>
            <translation>記録上のユーザー名</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Code lists</source>
            <translation>コード表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Devices</source>
            <translation>端末</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>競合</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add code…</source>
            <translation>コードを追加…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List</source>
            <translation>区分</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In this window</source>
            <translation>画面での表示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offered</source>
            <translation>選択可</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Your preferences</source>
            <translation>個人設定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show dates in the Japanese era (令和) in the Japanese window</source>
            <translation>日本語表示では日付を和暦（令和）で表示する</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+78" />
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <location line="-48" />
            <source>Security</source>
            <translation>セキュリティ</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never</source>
            <translation>しない</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After this many minutes without use the window locks and shows the login screen. 0 = never.</source>
            <translation>操作がないままこの時間（分）が過ぎると、ウィンドウがロックされてログイン画面が表示されます。0 = しない。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Auto-lock after</source>
            <translation>自動ロックまでの時間</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these settings, the report settings and the code lists, or export and import all records.</source>
            <translation>これらの設定、報告の設定、コード表の変更、および全記録のエクスポート・インポートは、管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only an administrator can change these.</source>
            <translation>これらの設定は管理者のみが変更できます。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only an administrator can change the code lists.</source>
            <translation>コード表は管理者のみが変更できます。</translation>
        </message>
    </context>
    <context>
        <name>SnsCopy</name>
        <message>
            <location filename="../ui/sns_copy.py" line="+20" />
            <source>Documents to bring:</source>
            <translation>持ち物：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisations that help:</source>
            <translation>相談できる機関：</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Copy for SNS</source>
            <translation>SNS用にコピー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This answer has no text in %1 yet. Copy it in another language?</source>
            <translation>この回答には%1の文章がまだありません。ほかの言語でコピーしますか？</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../ui/startup.py" line="+41" />
            <source>The database was damaged and has been moved aside to %1. No verified backup was found; please call your IT staff.</source>
            <translation>データベースが破損していたため、%1 に退避しました。検証済みのバックアップが見つかりません。情報システム担当者に連絡してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The database was damaged and has been moved aside to %1. Restore the newest verified backup, %2?</source>
            <translation>データベースが破損していたため、%1 に退避しました。最新の検証済みバックアップ（%2）から復元しますか？</translation>
        </message>
        <message>
            <location line="+216" />
            <source>The check found damage in the database file. Stop entering records and quit Madoguchi: at the next start the damaged file is moved aside and the newest verified backup is offered.</source>
            <translation>確認の結果、データベースファイルに破損が見つかりました。記録の入力を中止し、Madoguchi を終了してください。次回の起動時に、破損したファイルを退避し、検証済みの最新のバックアップを提示します。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database checked; today's backup was taken (%1).</source>
            <translation>データベースを確認しました。本日のバックアップを作成しました（%1）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Database checked.</source>
            <translation>データベースを確認しました。</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../ui/labels.py" line="-85" />
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>関係機関へ紹介</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting</source>
            <translation>回答待ち</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>完了</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../ui/forms/suggestions.py" line="+43" />
            <source>Tick the entries you answered with</source>
            <translation>回答に使用した項目にチェックを入れてください</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Copy for SNS</source>
            <translation>SNS用にコピー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy the chosen answer in the consultation's language, for Messenger, Zalo or LINE</source>
            <translation>選択した回答を相談時の言語でコピーします（Messenger・Zalo・LINE用）</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Tick the answers you used.</source>
            <translation>使用した回答にチェックを入れてください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a topic or write what was asked to see suggested answers.</source>
            <translation>相談分類を選択するか相談内容を入力すると、回答候補が表示されます。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../ui/sync_jobs.py" line="+36" />
            <source>Syncing with the other devices…</source>
            <translation>他の端末と同期しています…</translation>
        </message>
        <message>
            <location filename="../ui/pages/devices.py" line="-185" />
            <source>Synced: %1 added, %2 updated, %3 deleted, %4 new conflicts.</source>
            <translation>同期しました：追加 %1、更新 %2、削除 %3、新しい競合 %4。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Packets refused: %1.</source>
            <translation>受け付けなかったパケット：%1。</translation>
        </message>
    </context>
    <context>
        <name>TableImport</name>
        <message>
            <location filename="../app/tableimport/messages.py" line="+41" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (katakana)</source>
            <translation>フリガナ（カタカナ）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>相談方法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topics</source>
            <translation>相談分類</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was asked</source>
            <translation>相談内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was done</source>
            <translation>対応内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes (kept with what was done)</source>
            <translation>備考（対応内容と一緒に保存）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>時間（分）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>対応状況</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interpreter</source>
            <translation>通訳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled mark</source>
            <translation>取消の印</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <location line="+2" />
            <source>End of the period of stay</source>
            <translation>在留期間満了日</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Residence status</source>
            <translation>在留資格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>District</source>
            <translation>地区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Topic</source>
            <translation>分野</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(leave out)</source>
            <translation>（取り込まない）</translation>
        </message>
        <message>
            <location filename="../ui/table_import_rows.py" line="-43" />
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip</source>
            <translation>スキップ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problem</source>
            <translation>問題あり</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>要確認</translation>
        </message>
        <message>
            <location line="+67" />
            <source>new %1: %2</source>
            <translation>新規 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>TableImportWizard</name>
        <message>
            <location filename="../ui/table_import.py" line="-124" />
            <location line="+19" />
            <source>Import from Excel/CSV</source>
            <translation>Excel/CSVからインポート</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
            <translation>表計算ファイル (*.xlsx *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Load mapping profile</source>
            <translation>インポート設定を読み込む</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Making the preview…</source>
            <translation>プレビューを作成中…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing…</source>
            <translation>インポート中…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Updating residents…</source>
            <translation>在留外国人の情報を更新中…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the import report</source>
            <translation>インポート結果レポートを保存</translation>
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
            <translation>本日（%1）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Residence cards: period of stay ends within %1 days (%2)</source>
            <translation>在留カード：%1日以内に在留期間満了（%2）</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Follow-ups overdue (%1)</source>
            <translation>期限を過ぎたフォローアップ（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Follow-ups due today (%1)</source>
            <translation>本日が予定日のフォローアップ（%1）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open consultations (%1)</source>
            <translation>対応中の生活相談（%1）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— the newest %1 shown</source>
            <translation>— 最新の%1件を表示</translation>
        </message>
    </context>
    <context>
        <name>TownNotesPage</name>
        <message>
            <location filename="../ui/pages/town_notes.py" line="+36" />
            <source>Town notes</source>
            <translation>引継ぎメモ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the next person at this desk should know: who to call, how things are done in this town, what to watch out for. The notes go into the handover pack.</source>
            <translation>この窓口の次の担当者に伝えておきたいこと（連絡先、この自治体での事務の進め方、注意点など）を記入します。メモは引継ぎ資料に含まれます。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>For example: 税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</source>
            <translation>例：税務課の窓口は2階。ゴミカレンダーの多言語版は毎年3月に届く。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save notes</source>
            <translation>メモを保存</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Handover pack</source>
            <translation>引継ぎ資料</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A folder for whoever takes over this desk: a handover document with these notes, the open consultations, the regular duties, the directory and the published knowledge base, plus the directory as spreadsheets. Residents appear by case number and initials only, unless personal data is included.</source>
            <translation>この窓口を引き継ぐ人のためのフォルダーを作成します。このメモ、対応中の生活相談、定例業務、名簿、公開済みのQ&amp;A集をまとめた引継ぎ書と、表計算形式の名簿が含まれます。個人情報を含めない場合、在留外国人は案件番号とイニシャルのみで表示されます。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Include personal data (residents' full names)</source>
            <translation>個人情報を含める（在留外国人の氏名）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Without it, open cases show initials and the case number.</source>
            <translation>含めない場合、対応中の案件はイニシャルと案件番号で表示されます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can include personal data.</source>
            <translation>個人情報を含められるのは管理者のみです。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make handover pack…</source>
            <translation>引継ぎ資料を作成…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Make the handover pack in</source>
            <translation>引継ぎ資料の作成先</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Making the handover pack…</source>
            <translation>引継ぎ資料を作成中…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved:</source>
            <translation>保存しました：</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../ui/pages/users.py" line="+89" />
            <source>Each person logs in with their own name. Disabling a user removes their key: they can no longer open the database, and their past records keep their name.</source>
            <translation>ユーザーはそれぞれ自分の名前でログインします。ユーザーを無効にするとそのユーザーの鍵が削除され、データベースを開けなくなります。過去の記録にはそのユーザー名が残ります。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add user…</source>
            <translation>ユーザーを追加…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disable…</source>
            <translation>無効化…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unlock</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set password…</source>
            <translation>パスワード設定…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>User name</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>権限</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Disabled</source>
            <translation>無効</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked (too many failed logins)</source>
            <translation>ロック中（ログイン失敗回数超過）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Disable user</source>
            <translation>ユーザーを無効化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable %1? They will no longer be able to log in. This cannot be undone; add them again under a new name if needed.</source>
            <translation>%1 を無効にしますか？このユーザーはログインできなくなります。この操作は元に戻せません。必要な場合は、別の名前で改めて追加してください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Added %1.</source>
            <translation>%1 を追加しました。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The password of %1 is changed.</source>
            <translation>%1 のパスワードを変更しました。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is disabled.</source>
            <translation>%1 を無効にしました。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 can log in again.</source>
            <translation>%1 は再びログインできます。</translation>
        </message>
    </context>
    <context>
        <name>ValuesPage</name>
        <message>
            <location filename="../ui/table_import_pages.py" line="-173" />
            <source>Codes for the file's words</source>
            <translation>ファイル内の語句とコードの対応</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a code for each word that is not a code's own name, and the values for what the file has no column for. A word left without a code stops its rows.</source>
            <translation>コード名と一致しない語句ごとにコードを選び、ファイルに列がない項目には値を指定してください。コードが未選択の語句があると、その行は取り込めません。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>List</source>
            <translation>区分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text in the file</source>
            <translation>ファイル内の文字列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <location line="+25" />
            <source>%1 where the file has none:</source>
            <translation>ファイルに%1がない場合：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no code: the row stops)</source>
            <translation>（コードなし：その行は取り込めません）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Every word of the file has a code.</source>
            <translation>ファイル内のすべての語句にコードがあります。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../app/accounts.py" line="+45" />
            <location filename="../app/keyslots.py" line="+45" />
            <source>The user name or password is not right.</source>
            <translation>ユーザー名またはパスワードが正しくありません。</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 already exists; a new database is only made in a new place.</source>
            <translation>%1 は既に存在します。新しいデータベースは、新しい場所にのみ作成できます。</translation>
        </message>
        <message>
            <location line="+63" />
            <source>This account is locked after too many failed logins; an administrator can unlock it.</source>
            <translation>ログインの失敗回数が上限を超えたため、このアカウントはロックされています。ロックは管理者が解除できます。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Too many failed logins: try again in %1 seconds.</source>
            <translation>ログインの失敗回数が多すぎます。%1秒後にもう一度お試しください。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This login is refused: the list of users was changed outside Madoguchi, so your role cannot be trusted. An administrator can see it in the audit trail.</source>
            <translation>このログインは拒否されました。ユーザー一覧が Madoguchi の外部で変更されたため、権限を信頼できません。管理者は監査ログで確認できます。</translation>
        </message>
        <message>
            <location line="+143" />
            <source>That recovery code does not open this database.</source>
            <translation>この復旧コードでは、このデータベースを開くことができません。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This database is not encrypted, so it has no accounts.</source>
            <translation>このデータベースは暗号化されていないため、アカウントがありません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator can manage users.</source>
            <translation>ユーザーの管理は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Log out and log in again as an administrator first: this session cannot sign a change of the users list.</source>
            <translation>先にログアウトし、管理者としてログインし直してください。このセッションではユーザー一覧の変更に署名できません。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>That user cannot log in.</source>
            <translation>このユーザーはログインできません。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You cannot disable your own account.</source>
            <translation>自分のアカウントを無効にすることはできません。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+53" />
            <source>There is no such user.</source>
            <translation>該当するユーザーが存在しません。</translation>
        </message>
        <message>
            <location line="-51" />
            <source>The last administrator cannot be disabled.</source>
            <translation>唯一の管理者を無効にすることはできません。</translation>
        </message>
        <message>
            <location filename="../app/audit.py" line="+100" />
            <source>An audit row is written only inside a write transaction.</source>
            <translation>監査ログの行は、書き込みトランザクション内でのみ記録できます。</translation>
        </message>
        <message>
            <location line="+199" />
            <source>Only an administrator can read the audit trail.</source>
            <translation>監査ログの閲覧は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../app/reports/build.py" line="+54" />
            <source>%1 is not a date; write it as YYYY-MM-DD.</source>
            <translation>%1 は日付ではありません。YYYY-MM-DD形式で入力してください。</translation>
        </message>
        <message>
            <location filename="../app/backup.py" line="+40" />
            <location filename="../app/cli.py" line="+236" />
            <location filename="../app/db.py" line="+97" />
            <source>There is no database at %1.</source>
            <translation>%1 にデータベースがありません。</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup folder %1 is not there (is the drive plugged in?).</source>
            <translation>バックアップ先フォルダー %1 が見つかりません（ドライブが接続されているか確認してください）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot write to the backup folder %1.</source>
            <translation>Madoguchiはバックアップ先フォルダー %1 に書き込めません。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the backup folder as a full path, not %1.</source>
            <translation>バックアップ先フォルダーは、%1 ではなく完全なパスで指定してください。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>This database has no file, so it cannot be backed up.</source>
            <translation>このデータベースにはファイルがないため、バックアップできません。</translation>
        </message>
        <message>
            <location line="+21" />
            <location filename="../app/integrity.py" line="+246" />
            <source>The backup could not be made in %1 (%2).</source>
            <translation>%1 にバックアップを作成できませんでした（%2）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no backup file at %1.</source>
            <translation>%1 にバックアップファイルがありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not encrypted, so it is not a Madoguchi backup.</source>
            <translation>%1 は暗号化されていないため、Madoguchiのバックアップではありません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 does not open with this database's key: it is damaged, or it belongs to another database.</source>
            <translation>バックアップ %1 は、このデータベースの鍵で開けません。ファイルが破損しているか、別のデータベースのバックアップです。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The backup %1 is damaged (%2).</source>
            <translation>バックアップ %1 は破損しています（%2）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The backup %1 is damaged (integrity_check: %2).</source>
            <translation>バックアップ %1 は破損しています（integrity_check：%2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a Madoguchi backup.</source>
            <translation>%1 はMadoguchiのバックアップではありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup %1 was made by a newer Madoguchi.</source>
            <translation>バックアップ %1 は、より新しいバージョンのMadoguchiで作成されています。</translation>
        </message>
        <message>
            <location line="+198" />
            <source>A database cannot be restored from itself.</source>
            <translation>データベースを、そのデータベース自身から復元することはできません。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The backup could not be restored (%1); the current file was not replaced.</source>
            <translation>バックアップを復元できませんでした（%1）。現在のファイルは置き換えていません。</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The damaged database could not be moved aside (%1); it was not deleted.</source>
            <translation>破損したデータベースを退避できませんでした（%1）。ファイルは削除していません。</translation>
        </message>
        <message>
            <location filename="../app/backup_cli.py" line="+42" />
            <source>Only an administrator can change the backup folder.</source>
            <translation>バックアップ先フォルダーの変更は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an administrator can restore a backup.</source>
            <translation>バックアップの復元は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../app/services.py" line="+128" />
            <source>This database has no file.</source>
            <translation>このデータベースにはファイルがありません。</translation>
        </message>
        <message>
            <location filename="../app/check.py" line="+56" />
            <source>%1 is damaged or is not a Madoguchi database (%2).</source>
            <translation>%1 は破損しているか、Madoguchiのデータベースではありません（%2）。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-207" />
            <source>The window is not part of this installation.</source>
            <translation>このインストールには画面（ウィンドウ）の機能が含まれていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is empty (0 bytes) and was kept as it is; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 は空（0 バイト）のため、変更せずに残しています。開くことのできる最新のバックアップは %2 です（madoguchi restore --from %2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is empty (0 bytes) and was kept as it is; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 は空（0 バイト）のため、変更せずに残しています。開くことのできるバックアップが見つからないため、情報システム担当者に連絡してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; the newest backup that opens is %2 (madoguchi restore --from %2).</source>
            <translation>%1 は破損しているため、変更していません。開くことのできる最新のバックアップは %2 です（madoguchi restore --from %2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is open in a Madoguchi window, and this command changes records: close the window (or quit Madoguchi) first, then run the command again. Nothing was changed.</source>
            <translation>%1 は Madoguchi のウィンドウで開かれています。このコマンドは記録を変更するため、先にウィンドウを閉じて（または Madoguchi を終了して）から、もう一度実行してください。何も変更していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged and was not changed; no backup that opens was found, so please call your IT staff.</source>
            <translation>%1 は破損しているため、変更していません。開くことのできるバックアップが見つからないため、情報システム担当者に連絡してください。</translation>
        </message>
        <message>
            <location line="+146" />
            <source>No password: set %1, or run the command in a terminal to be asked for it.</source>
            <translation>パスワードがありません。環境変数 %1 を設定するか、ターミナルでコマンドを実行してパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The two passwords are not the same; nothing was made.</source>
            <translation>2つのパスワードが一致しません。何も作成していません。</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 は暗号化されていません。Madoguchiは暗号化されたデータベースにのみ記録を保存します。このファイルは変更していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>データベースと同じ場所に鍵ファイル %1 がないため、開くことができません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This database is encrypted: give --user NAME (the password comes from %1 or a prompt).</source>
            <translation>このデータベースは暗号化されています。--user NAME でユーザー名を指定してください（パスワードは環境変数 %1 から読み取るか、入力を求めます）。</translation>
        </message>
        <message>
            <location line="+81" />
            <source>A demo town has 1 to 100,000 residents and 1 to 50 years.</source>
            <translation>デモ用自治体は、在留外国人 1～100,000 人、期間 1～50 年の範囲で作成できます。</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="+25" />
            <source>That consultation no longer exists.</source>
            <translation>指定された生活相談は既に存在しません。</translation>
        </message>
        <message>
            <location line="+66" />
            <source>That accompaniment no longer exists.</source>
            <translation>指定された同行支援は既に存在しません。</translation>
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
            <translation>フォルダー %1 が存在しません。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="-92" />
            <location filename="../app/db.py" line="+3" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 はフォルダーです。データベースファイルではありません。</translation>
        </message>
        <message>
            <location filename="../app/db.py" line="+3" />
            <source>%1 is not encrypted, so it cannot be opened as an encrypted database; it was not changed.</source>
            <translation>%1 は暗号化されていないため、暗号化されたデータベースとして開くことはできません。このファイルは変更していません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database %1 cannot be opened (%2).</source>
            <translation>データベース %1 を開けません（%2）。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+41" />
            <source>The database key has the wrong length.</source>
            <translation>データベースの鍵の長さが正しくありません。</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The database %1 cannot use write-ahead logging.</source>
            <translation>データベース %1 では先行書き込みログ（WAL）を使用できません。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is encrypted or is not a Madoguchi database: log in to open it. It was not changed.</source>
            <translation>%1 は暗号化されているか、Madoguchiのデータベースではありません。開くにはログインしてください。このファイルは変更していません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 could not be decrypted: the file is damaged, or its key file belongs to another database. It was not changed.</source>
            <translation>%1 を復号できませんでした。ファイルが破損しているか、鍵ファイルが別のデータベースのものです。このファイルは変更していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is damaged or is not a Madoguchi database; it was not changed.</source>
            <translation>%1 は破損しているか、Madoguchiのデータベースではありません。このファイルは変更していません。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>The backup %1 did not verify (%2).</source>
            <translation>バックアップ %1 の検証に失敗しました（%2）。</translation>
        </message>
        <message>
            <location filename="../app/demo.py" line="-10" />
            <source>A demo town needs at least one resident and one year.</source>
            <translation>デモ用自治体の作成には、在留外国人1人以上、期間1年以上の指定が必要です。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+29" />
            <source>%1 already exists; the demo is only written to a new file.</source>
            <translation>%1 は既に存在します。デモは新しいファイルにのみ作成します。</translation>
        </message>
        <message>
            <location filename="../app/directory.py" line="+36" />
            <source>That organisation no longer exists.</source>
            <translation>指定された関係機関は既に存在しません。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That bridge person no longer exists.</source>
            <translation>指定されたブリッジ人材は既に存在しません。</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+60" />
            <source>%1, field '%2': has the wrong type. Nothing was imported.</source>
            <translation>%1、項目「%2」：データの型が正しくありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': %3 Nothing was imported.</source>
            <translation>%1、項目「%2」：%3インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The file is not a Madoguchi export (field 'format'). Nothing was imported.</source>
            <translation>このファイルはMadoguchiのエクスポートファイルではありません（項目「format」）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>このファイルの形式バージョンは %1 ですが、このMadoguchiが読み込めるのはバージョン %2 です。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Field 'code_items' must be a list. Nothing was imported.</source>
            <translation>項目「code_items」はリストである必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, field '%2': needs list, code, label_ja, label_en. Nothing was imported.</source>
            <translation>%1、項目「%2」：list、code、label_ja、label_en が必要です。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': sort_order must be a whole number and active true or false. Nothing was imported.</source>
            <translation>%1、項目「%2」：sort_order は整数、active は true または false である必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+22" />
            <location filename="../app/kbpack.py" line="+78" />
            <source>Field '%1' must be a list. Nothing was imported.</source>
            <translation>項目「%1」はリストである必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1, field '%2': refers to a resident that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1、項目「%2」：ファイルにもデータベースにもない在留外国人を参照しています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1, field '%2': a deleted record that is also in the file or in the database. Nothing was imported.</source>
            <translation>%1、項目「%2」：削除済みの記録が、ファイルまたはデータベースにも存在します。何も取り込んでいません。</translation>
        </message>
        <message>
            <location line="+32" />
            <location filename="../app/kbpack.py" line="-48" />
            <source>%1, field '%2': is not an object. Nothing was imported.</source>
            <translation>%1、項目「%2」：オブジェクトではありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, field '%2': missing or not a text. Nothing was imported.</source>
            <translation>%1、項目「%2」：値がないか、テキストではありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': not a UUID. Nothing was imported.</source>
            <translation>%1、項目「%2」：UUIDではありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': appears twice in the file. Nothing was imported.</source>
            <translation>%1、項目「%2」：ファイル内で重複しています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, field '%2': this record is already in the database. Nothing was imported.</source>
            <translation>%1、項目「%2」：この記録は既にデータベースにあります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': unknown field. Nothing was imported.</source>
            <translation>%1、項目「%2」：不明な項目です。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../app/kbpack.py" line="+5" />
            <source>%1, field '%2': missing. Nothing was imported.</source>
            <translation>%1、項目「%2」：項目がありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': not a date and time. Nothing was imported.</source>
            <translation>%1、項目「%2」：日時ではありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': longer than a user name can be. Nothing was imported.</source>
            <translation>%1、項目「%2」：ユーザー名の上限より長くなっています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': refers to a record that is neither in the file nor in the database. Nothing was imported.</source>
            <translation>%1、項目「%2」：ファイルにもデータベースにもない記録を参照しています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1, field '%2': each link needs 'related' and 'relation'. Nothing was imported.</source>
            <translation>%1、項目「%2」：各関連付けには「related」と「relation」が必要です。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': a resident cannot be linked to themselves. Nothing was imported.</source>
            <translation>%1、項目「%2」：在留外国人を本人自身と関連付けることはできません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1, field '%2': refers to a resident that is not there. Nothing was imported.</source>
            <translation>%1、項目「%2」：存在しない在留外国人を参照しています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="-263" />
            <source>Some of these records were added to the database while the file was being imported (the same file imported twice at once?). Nothing was imported.</source>
            <translation>ファイルのインポート中に、これらの記録の一部がデータベースに追加されました（同じファイルを同時に 2 回インポートしていませんか）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location filename="../app/files.py" line="-86" />
            <source>The disk is full, so %1 was not written; nothing was left half-written. Free some space and try again.</source>
            <translation>ディスクの空き容量が不足しているため、%1 は書き込まれませんでした。書きかけの状態で残ったものはありません。空き容量を確保してから、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be written (%2); nothing was left half-written.</source>
            <translation>%1 を書き込めませんでした（%2）。書きかけの状態で残ったものはありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder: give the name of a file to write.</source>
            <translation>%1 はフォルダーです。書き込むファイルの名前を指定してください。</translation>
        </message>
        <message>
            <location line="+121" />
            <source>%1 is a folder, not a Madoguchi export.</source>
            <translation>%1 はフォルダーです。Madoguchiのエクスポートファイルではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi export.</source>
            <translation>%1 はMadoguchiのエクスポートファイルではありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is a folder, not a Madoguchi knowledge pack.</source>
            <translation>%1 はフォルダーです。MadoguchiのQ&amp;Aパックではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi knowledge pack.</source>
            <translation>%1 はMadoguchiのQ&amp;Aパックではありません。</translation>
        </message>
        <message>
            <location line="+57" />
            <source>%1 names the same field twice in one record, so it is not clear which value counts; nothing was read from it.</source>
            <translation>%1 には、1 件の記録の中に同じ項目が 2 回あるため、どちらの値が有効か分かりません。このファイルからは何も読み込んでいません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is nested too deeply to be a Madoguchi file (at %2).</source>
            <translation>%1 は入れ子が深すぎるため、Madoguchi のファイルではありません（位置：%2）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a number too large for any field (at %2).</source>
            <translation>%1 に、どの項目にも入らない大きすぎる数値が含まれています（位置：%2）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 holds a control or text-direction character that no record may contain (at %2).</source>
            <translation>%1 に、記録に含めることのできない制御文字または書字方向制御文字が含まれています（位置：%2）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than 512 MB, too large to be a Madoguchi file.</source>
            <translation>%1 は 512 MB を超えており、Madoguchi のファイルとしては大きすぎます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not an ordinary file.</source>
            <translation>%1 は通常のファイルではありません。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is a folder, not %2.</source>
            <translation>%1 はフォルダーです。%2 ではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not %2.</source>
            <translation>%1 は %2 ではありません。</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../app/sync_cli.py" line="+22" />
            <source>There is no file %1.</source>
            <translation>ファイル %1 がありません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 cannot be read as UTF-8 text (%2).</source>
            <translation>%1 をUTF-8のテキストとして読み込めません（%2）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not valid JSON (line %2: %3).</source>
            <translation>%1 は正しいJSONではありません（%2行目：%3）。</translation>
        </message>
        <message>
            <location filename="../app/instance.py" line="+19" />
            <source>This database is already open in another Madoguchi window (perhaps of another user of this computer); close it there first.</source>
            <translation>このデータベースは、別のMadoguchiのウィンドウで既に開かれています（このパソコンの別のユーザーが開いている可能性があります）。先にそちらを閉じてください。</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Madoguchi cannot create the lock file %1 beside the database (%2).</source>
            <translation>Madoguchiは、データベースと同じ場所にロックファイル %1 を作成できません（%2）。</translation>
        </message>
        <message>
            <location filename="../app/kbpack.py" line="-117" />
            <source>%1, field '%2': appears twice in the pack. Nothing was imported.</source>
            <translation>%1、項目「%2」：パック内で重複しています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set the town's name (Settings) before exporting a knowledge pack: every entry carries the town it came from.</source>
            <translation>Q&amp;Aパックをエクスポートする前に、設定画面で自治体名を設定してください。各Q&amp;Aには提供元の自治体名が記録されます。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 is not a Madoguchi knowledge pack (field 'format').</source>
            <translation>%1 はMadoguchiのQ&amp;Aパックではありません（項目「format」）。</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1, field '%2': is too short to be a UUID. Nothing was imported.</source>
            <translation>%1、項目「%2」：UUIDとしては短すぎます。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is not a Madoguchi knowledge pack (field 'format'). Nothing was imported.</source>
            <translation>これはMadoguchiのQ&amp;Aパックではありません（項目「format」）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The pack has format version %1; this Madoguchi reads version %2. Nothing was imported.</source>
            <translation>このパックの形式バージョンは %1 ですが、このMadoguchiが読み込めるのはバージョン %2 です。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The pack does not say which town it came from (field 'town'). Nothing was imported.</source>
            <translation>このパックには提供元の自治体が記載されていません（項目「town」）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': must be a list of codes. Nothing was imported.</source>
            <translation>%1、項目「%2」：コードのリストである必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, field '%2': each text needs exactly 'language', 'question' and 'answer', as text. Nothing was imported.</source>
            <translation>%1、項目「%2」：各テキストには「language」「question」「answer」の3項目のみを、テキストとして記載する必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': must be a list of document names. Nothing was imported.</source>
            <translation>%1、項目「%2」：書類名のリストである必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1, field '%2': must be a list of organisation UUIDs. Nothing was imported.</source>
            <translation>%1、項目「%2」：関係機関のUUIDのリストである必要があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, field '%2': refers to an organisation that is neither in the pack nor in the directory. Nothing was imported.</source>
            <translation>%1、項目「%2」：パックにも名簿にもない関係機関を参照しています。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1, field '%2': another entry of the pack has the same topic and Japanese question. Nothing was imported.</source>
            <translation>%1、項目「%2」：相談分類と日本語の質問が同じQ&amp;Aが、パック内に別にあります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location filename="../app/keyslots.py" line="-1" />
            <source>The key file %1 is damaged.</source>
            <translation>鍵ファイル %1 が破損しています。</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The key file %1 is missing beside the database, so the database cannot be opened.</source>
            <translation>データベースと同じ場所に鍵ファイル %1 がないため、データベースを開くことができません。</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="+95" />
            <source>That knowledge entry no longer exists.</source>
            <translation>指定されたQ&amp;Aは既に存在しません。</translation>
        </message>
        <message>
            <location line="+165" />
            <source>This answer has no text in that language yet; it has %1.</source>
            <translation>この回答にはその言語の文章がまだありません（あるのは %1）。</translation>
        </message>
        <message>
            <location filename="../app/languages.py" line="+31" />
            <source>Unknown language %1; use one of: %2.</source>
            <translation>不明な言語です：%1。次のいずれかを指定してください：%2。</translation>
        </message>
        <message>
            <location filename="../app/migrations.py" line="+48" />
            <source>Unexpected file in the migrations folder: %1.</source>
            <translation>マイグレーションフォルダーに想定外のファイルがあります：%1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Migration %1 is missing.</source>
            <translation>マイグレーション %1 がありません。</translation>
        </message>
        <message>
            <location line="+22" />
            <location filename="../app/store.py" line="+279" />
            <source>This database was made by a newer Madoguchi (schema %1; this version knows up to %2). It was not changed: please update Madoguchi.</source>
            <translation>このデータベースは、より新しいバージョンのMadoguchiで作成されています（スキーマ %1、このバージョンが対応しているのは %2 まで）。データベースは変更していません。Madoguchiを更新してください。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Updating the database to schema %1 (%2) failed: %3. The database is unchanged at schema %4.</source>
            <translation>データベースのスキーマ %1（%2）への更新に失敗しました：%3。データベースはスキーマ %4 のまま変更されていません。</translation>
        </message>
        <message>
            <location filename="../app/progress.py" line="+16" />
            <source>Cancelled; nothing was changed.</source>
            <translation>キャンセルしました。変更は行われていません。</translation>
        </message>
        <message>
            <location filename="../app/reports/build.py" line="-45" />
            <source>Unknown format %1; choose from %2.</source>
            <translation>不明な形式です：%1。次から選択してください：%2。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a month; write it as YYYY-MM.</source>
            <translation>%1 は年月ではありません。YYYY-MM形式で入力してください。</translation>
        </message>
        <message>
            <location line="+79" />
            <source>The annual report was not written: the disclosure audit found %1 hidden figure(s) that could be narrowed down to less than %2 (first: %3).</source>
            <translation>年度報告は書き出しませんでした。開示監査で、%2 未満の幅まで推定できてしまう秘匿数値が %1 個見つかりました（最初：%3）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a fiscal year Madoguchi can report on.</source>
            <translation>%1 は、Madoguchiで報告を作成できる年度ではありません。</translation>
        </message>
        <message>
            <location filename="../app/reports/fonts.py" line="+94" />
            <source>The font file %1 is missing from %2; reinstall Madoguchi.</source>
            <translation>フォントファイル %1 が %2 にありません。Madoguchiを再インストールしてください。</translation>
        </message>
        <message>
            <location filename="../app/reports/mail.py" line="+35" />
            <source>The mail subject uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>メールの件名に不明な差し込み項目 {%1} が使われています。使用できる差し込み項目：%2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail body uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>メールの本文に不明な差し込み項目 {%1} が使われています。使用できる差し込み項目：%2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail template uses an unknown placeholder {%1}; known ones are: %2.</source>
            <translation>メールのテンプレートに不明な差し込み項目 {%1} が使われています。使用できる差し込み項目：%2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail subject has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>メールの件名の差し込み項目が正しく書かれていません。差し込み項目は {town} のように書き、波かっこそのものは {{ または }} と書いてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail body has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>メールの本文の差し込み項目が正しく書かれていません。差し込み項目は {town} のように書き、波かっこそのものは {{ または }} と書いてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail template has a broken placeholder; write placeholders as {town} and a literal brace as {{ or }}.</source>
            <translation>メールのテンプレートの差し込み項目が正しく書かれていません。差し込み項目は {town} のように書き、波かっこそのものは {{ または }} と書いてください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sender address is empty.</source>
            <translation>送信元アドレスが入力されていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address is empty.</source>
            <translation>宛先アドレスが入力されていません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sender address %1 is not valid.</source>
            <translation>送信元アドレス %1 が正しくありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient address %1 is not valid.</source>
            <translation>宛先アドレス %1 が正しくありません。</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1 is a monthly report, for use inside the town hall only; it is never attached to the mail to the prefecture.</source>
            <translation>%1 は月報で、役場内部でのみ使用します。都道府県へのメールには添付しません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: files are attached as they are, never zipped.</source>
            <translation>%1：ZIPファイルは添付できません。ファイルは圧縮せずにそのまま添付します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The attachment %1 could not be read.</source>
            <translation>添付ファイル %1 を読み込めませんでした。</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The password could not be read from the system keyring.</source>
            <translation>システムのキーリングからパスワードを読み込めませんでした。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the SMTP user name before saving a password.</source>
            <translation>パスワードを保存する前に、SMTPのユーザー名を入力してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No secure keyring is available on this computer, so the password cannot be saved; it will be asked for each time.</source>
            <translation>このパソコンでは安全なキーリングを利用できないため、パスワードを保存できません。パスワードは毎回確認します。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password could not be saved in the system keyring.</source>
            <translation>システムのキーリングにパスワードを保存できませんでした。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The password could not be removed from the system keyring.</source>
            <translation>システムのキーリングからパスワードを削除できませんでした。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No password was given and no secure keyring is available on this computer; enter the SMTP password to send.</source>
            <translation>パスワードが入力されておらず、このパソコンでは安全なキーリングも利用できません。送信するにはSMTPパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No password was given and none is saved in the keyring for %1; enter the SMTP password to send.</source>
            <translation>パスワードが入力されておらず、%1 のパスワードもキーリングに保存されていません。送信するにはSMTPパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No mail server (SMTP host) is set.</source>
            <translation>メールサーバー（SMTPホスト）が設定されていません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password would travel unencrypted; turn on STARTTLS.</source>
            <translation>パスワードが暗号化されずに送信されてしまいます。STARTTLSを有効にしてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SMTP login cannot send a user name or password with non-ASCII characters (e.g. full-width letters); check what was typed.</source>
            <translation>SMTPのログインでは、ASCII以外の文字（全角文字など）を含むユーザー名やパスワードは送信できません。入力内容を確認してください。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The mail server %1 did not accept the user name or password.</source>
            <translation>メールサーバー %1 で、ユーザー名またはパスワードが認証されませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not offer STARTTLS encryption; nothing was sent.</source>
            <translation>メールサーバー %1 はSTARTTLSによる暗号化に対応していません。メールは送信していません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 does not accept a login (SMTP AUTH).</source>
            <translation>メールサーバー %1 はログイン（SMTP AUTH）に対応していません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 cannot take this message.</source>
            <translation>メールサーバー %1 はこのメッセージを受け付けられません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The mail server %1 refused the recipient address %2.</source>
            <translation>メールサーバー %1 が宛先アドレス %2 を拒否しました。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the sender address %2.</source>
            <translation>メールサーバー %1 が送信元アドレス %2 を拒否しました。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The certificate of %1 could not be verified; nothing was sent.</source>
            <translation>%1 の証明書を検証できませんでした。メールは送信していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The encrypted connection (TLS) to %1 failed; nothing was sent.</source>
            <translation>%1 との暗号化接続（TLS）に失敗しました。メールは送信していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 closed the connection unexpectedly.</source>
            <translation>メールサーバー %1 との接続が予期せず切断されました。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 offers no login method Madoguchi can use.</source>
            <translation>メールサーバー %1 には、Madoguchiが使用できるログイン方式がありません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 answered with error %2; nothing was sent.</source>
            <translation>メールサーバー %1 がエラー %2 を返しました。メールは送信していません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server %1 refused the connection; check the server name and port.</source>
            <translation>メールサーバー %1 に接続を拒否されました。サーバー名とポート番号を確認してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The mail server name %1 could not be found.</source>
            <translation>メールサーバー名 %1 が見つかりませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The mail server %1 did not answer within %2 seconds.</source>
            <translation>メールサーバー %1 から%2秒以内に応答がありませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending through the mail server %1 failed.</source>
            <translation>メールサーバー %1 経由での送信に失敗しました。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not connect to the mail server %1.</source>
            <translation>メールサーバー %1 に接続できませんでした。</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="+56" />
            <source>That resident no longer exists.</source>
            <translation>指定された在留外国人は既に存在しません。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This resident has %1 linked records; delete or reassign them first.</source>
            <translation>この在留外国人には関連する記録が%1件あります。先にそれらを削除するか、別の在留外国人に付け替えてください。</translation>
        </message>
        <message>
            <location filename="../app/retention.py" line="+94" />
            <source>The retention period must be at least one year.</source>
            <translation>保存期間は1年以上にしてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The retention period can be at most %1 years.</source>
            <translation>保存期間は %1 年以下にしてください。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Only an administrator can purge residents' records.</source>
            <translation>在留外国人の記録の消去は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some of those residents no longer exist; nothing was changed.</source>
            <translation>指定された在留外国人の一部が既に存在しません。変更は行われていません。</translation>
        </message>
        <message>
            <location filename="../app/rows.py" line="+26" />
            <source>The resident no longer exists; it may have been deleted.</source>
            <translation>在留外国人が見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The consultation no longer exists; it may have been deleted.</source>
            <translation>生活相談が見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The accompaniment no longer exists; it may have been deleted.</source>
            <translation>同行支援が見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session no longer exists; it may have been deleted.</source>
            <translation>講座・イベントが見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organisation no longer exists; it may have been deleted.</source>
            <translation>関係機関が見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The bridge person no longer exists; it may have been deleted.</source>
            <translation>ブリッジ人材が見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The knowledge entry no longer exists; it may have been deleted.</source>
            <translation>Q&amp;Aが見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The %1 no longer exists; it may have been deleted.</source>
            <translation>対象の記録（%1）が見つかりません。削除された可能性があります。</translation>
        </message>
        <message>
            <location filename="../app/sessions.py" line="+24" />
            <source>That session no longer exists.</source>
            <translation>指定された講座・イベントは既に存在しません。</translation>
        </message>
        <message>
            <location filename="../app/storage.py" line="+27" />
            <source>The database is on a network drive, where SQLite is not safe and the file can be damaged, so please keep it on this computer's own disk.</source>
            <translation>データベースがネットワークドライブ上にあります。ネットワークドライブではSQLiteを安全に使用できず、ファイルが破損するおそれがあるため、このパソコンのディスクに保存してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by %1, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>データベースが %1 で同期されるフォルダーにあります。同期フォルダーではSQLiteを安全に使用できず、ファイルが破損するおそれがあるため、同期されないフォルダーに移動してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database is in a folder synced by a cloud storage service, where SQLite is not safe and the file can be damaged, so please move it to a folder that is not synced.</source>
            <translation>データベースがクラウドストレージサービスで同期されるフォルダーにあります。同期フォルダーではSQLiteを安全に使用できず、ファイルが破損するおそれがあるため、同期されないフォルダーに移動してください。</translation>
        </message>
        <message>
            <location filename="../app/store.py" line="-256" />
            <source>The disk is full: this record was not saved. Free some space and save again.</source>
            <translation>ディスクの空き容量が不足しているため、この記録は保存されていません。空き容量を確保してから、もう一度保存してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The disk could not be written: this record was not saved. Check the drive and save again.</source>
            <translation>ディスクに書き込めなかったため、この記録は保存されていません。ドライブを確認してから、もう一度保存してください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the settings.</source>
            <translation>設定の変更は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the code lists.</source>
            <translation>コード表は管理者のみが変更できます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can change the report settings.</source>
            <translation>報告の設定の変更は管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can export every record.</source>
            <translation>全記録のエクスポートは管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import records.</source>
            <translation>記録のインポートは管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can import a knowledge pack.</source>
            <translation>Q&amp;Aパックのインポートは管理者のみが行えます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator can put residents' names in a handover pack.</source>
            <translation>引継ぎ資料に在留外国人の氏名を含められるのは管理者のみです。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The database is busy: another Madoguchi (perhaps a command-line import) is writing to it. Nothing was saved yet; try again in a moment.</source>
            <translation>データベースは使用中です。別の Madoguchi（コマンドラインからのインポートなど）が書き込みを行っています。まだ何も保存されていません。少し待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+91" />
            <source>This database was closed (after a change of user or a restore).</source>
            <translation>このデータベースは閉じられました（ユーザーの切替または復元が行われたため）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Only an administrator can %1.</source>
            <translation>この操作は管理者のみが行えます（%1）。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 is on read-only media (or in a folder that cannot be written): it can be read and reported on, but nothing can be changed in it.</source>
            <translation>%1 は読み取り専用のメディア上（または書き込みできないフォルダー内）にあります。閲覧や報告の作成はできますが、内容は変更できません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is on read-only media and was made by an older Madoguchi, so it cannot be updated to be read; copy it to this computer's disk first.</source>
            <translation>%1 は読み取り専用のメディア上にあり、古いバージョンの Madoguchi で作成されたため、読み込めるように更新することができません。先にこのパソコンのディスクにコピーしてください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is empty (0 bytes), so it holds no records; it was kept as it is. Restore the newest backup instead.</source>
            <translation>%1 は空（0 バイト）のため、記録は含まれていません。変更せずに残しています。代わりに最新のバックアップを復元してください。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/cells.py" line="+21" />
            <source>'%1' is not a date.</source>
            <translation>「%1」は日付ではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is a date that does not exist.</source>
            <translation>「%1」は存在しない日付です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The date is empty.</source>
            <translation>日付が空欄です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' has no year, and the sheet's title names no 年度: set the fiscal year in the mapping.</source>
            <translation>「%1」には年がなく、シートのタイトルにも年度の記載がありません。インポート設定で年度を指定してください。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/command.py" line="+64" />
            <source>Give --user NAME: the new town's first administrator.</source>
            <translation>--user NAME を指定してください（新しい自治体の最初の管理者）。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>%1 is a mapping for a resident roster; add --roster.</source>
            <translation>%1 は住民名簿用のインポート設定です。--roster を付けてください。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/errors.py" line="+18" />
            <source>%1 is not an Excel workbook (.xlsx, .xls) or a CSV file. Nothing was imported.</source>
            <translation>%1 はExcelブック（.xlsx、.xls）またはCSVファイルではありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is protected with a password: open it in Excel, remove the password, save it and try again. Nothing was imported.</source>
            <translation>%1 はパスワードで保護されています。Excelで開いてパスワードを解除し、保存してから再度お試しください。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is larger than %2 MB, the most a table import reads. Nothing was imported.</source>
            <translation>%1 は%2 MBを超えています（表のインポートで読み込める上限です）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 unpacks to more than %2 MB, more than a table import reads. Nothing was imported.</source>
            <translation>%1 は展開すると%2 MBを超え、表のインポートで読み込める上限を超えます。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 rows, the most a table import reads. Nothing was imported.</source>
            <translation>シート「%1」は%2行を超えています（表のインポートで読み込める上限です）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1' has more than %2 columns, the most a table import reads. Nothing was imported.</source>
            <translation>シート「%1」は%2列を超えています（表のインポートで読み込める上限です）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sheet '%1', row %2 has a cell of %3 characters or more, as long as Excel itself allows. Nothing was imported.</source>
            <translation>シート「%1」の%2行目に、%3文字以上のセルがあります（Excel自体が許す最大の長さです）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 could not be read as a spreadsheet; it may be damaged. Nothing was imported.</source>
            <translation>%1 を表計算ファイルとして読み込めませんでした。ファイルが破損している可能性があります。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file at %1.</source>
            <translation>%1 にファイルがありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file has no sheet named '%1'. Nothing was imported.</source>
            <translation>ファイルに「%1」という名前のシートがありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This file was already imported on %1 by %2; importing it again would add its records twice. Nothing was imported.</source>
            <translation>このファイルは%1に%2が既に取り込んでいます。再度取り込むと記録が重複します。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 rows have problems (see the preview or the report); correct the file or the mapping, or choose to skip those rows. Nothing was imported.</source>
            <translation>%1行に問題があります（プレビューまたはレポートを参照）。ファイルまたはインポート設定を修正するか、それらの行をスキップするよう選択してください。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No row of the file can be imported. Nothing was imported.</source>
            <translation>ファイルに取り込める行がありません。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a Madoguchi mapping profile (%2). Nothing was imported.</source>
            <translation>%1 はMadoguchiのインポート設定ファイルではありません（%2）。インポートは行われませんでした。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/messages.py" line="-53" />
            <source>Blank row.</source>
            <translation>空白行です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Above the header row (a title or a note).</source>
            <translation>見出し行より上の行です（タイトルや注記）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The header row.</source>
            <translation>見出し行です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A total row (合計).</source>
            <translation>合計の行です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Struck through: a cancelled entry.</source>
            <translation>取消線あり：取り消された記録です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as cancelled (取消).</source>
            <translation>取消の印があります。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A summary sheet with formulas.</source>
            <translation>数式を含む集計シートです。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No header row with known column names.</source>
            <translation>既知の列名を含む見出し行がありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A hidden sheet (choose it to import it).</source>
            <translation>非表示のシートです（取り込む場合は選択してください）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sheet was not chosen.</source>
            <translation>このシートは選択されていません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped for its problems, as the mapping asks: %1</source>
            <translation>インポート設定の指定により、問題があるためスキップしました：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 '%2' has no code: choose one in the mapping.</source>
            <translation>%1「%2」にコードがありません。インポート設定で選択してください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No value for “%1”: map a column to it or set a default in the mapping.</source>
            <translation>「%1」の値がありません。対応付けで列を割り当てるか、既定値を設定してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No topic.</source>
            <translation>相談分類がありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a time of day.</source>
            <translation>「%1」は時刻ではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>'%1' is not a number of minutes.</source>
            <translation>「%1」は時間（分）として読み取れません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name matches %1 residents; tell them apart in Madoguchi first.</source>
            <translation>この氏名に該当する在留外国人が%1人います。先にMadoguchiで区別できるようにしてください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field '%1': %2</source>
            <translation>項目「%1」：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New resident.</source>
            <translation>新規の在留外国人です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched an existing resident.</source>
            <translation>登録済みの在留外国人と一致しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anonymous.</source>
            <translation>匿名です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not on the roster any more (moved out?): not changed, check by hand.</source>
            <translation>名簿に載っていません（転出の可能性があります）。変更はしていないので、個別に確認してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: %1 updated.</source>
            <translation>一致：%1を更新。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same name is already on the roster (sheet '%1', row %2).</source>
            <translation>同じ氏名が名簿に既にあります（シート「%1」、%2行目）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched: nothing to change.</source>
            <translation>一致：変更なし。</translation>
        </message>
        <message>
            <location filename="../app/tableimport/roster.py" line="+54" />
            <source>%1 is a mapping for a consultation log, not for a roster.</source>
            <translation>%1 は相談記録用のインポート設定で、住民名簿用ではありません。</translation>
        </message>
        <message>
            <location filename="../app/roles.py" line="+41" />
            <source>Madoguchi found changes made outside it: %1. The audit trail records them.</source>
            <translation>Madoguchi の外部で行われた変更が見つかりました：%1。これらの変更は監査ログに記録されています。</translation>
        </message>
        <message>
            <location filename="../app/reports/annual.py" line="+33" />
            <source>The annual report was not made: the hidden figure %1 cannot be protected together with the reports of this year issued before. Nothing was written.</source>
            <translation>年度報告は作成しませんでした。秘匿した数値 %1 は、今年度すでに発行した報告とあわせると保護できません。何も書き込んでいません。</translation>
        </message>
        <message>
            <location filename="../app/kind_records.py" line="+52" />
            <source>That record no longer exists.</source>
            <translation>その記録はもうありません。</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="+74" />
            <source>%1 is not a category mapping (a JSON object with id, name and categories).</source>
            <translation>%1 は分類の対応表ではありません（id・name・categories を持つ JSON オブジェクトが必要です）。</translation>
        </message>
        <message>
            <location filename="../app/reports/categories_cli.py" line="+23" />
            <source>%1 is not a category of %2; the categories are: %3.</source>
            <translation>%1 は %2 の分類ではありません。分類は次のとおりです：%3。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 could not be read as JSON.</source>
            <translation>%1 を JSON として読めませんでした。</translation>
        </message>
        <message>
            <location filename="../app/reports/datafile.py" line="+50" />
            <source>The annual data file needs the town's municipality code (全国地方公共団体コード): enter it in Settings → Reports.</source>
            <translation>年度報告データには市町村の全国地方公共団体コードが必要です。設定 → 報告で入力してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The annual data file needs the town's name: enter it in Settings.</source>
            <translation>年度報告データには市町村名が必要です。設定で入力してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is too large to be an annual data file.</source>
            <translation>%1 は年度報告データとしては大きすぎます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 could not be read.</source>
            <translation>%1 を読めませんでした。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is not a Madoguchi annual data file.</source>
            <translation>%1 は Madoguchi の年度報告データではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was made by a newer Madoguchi (data format %2; this version reads up to %3): please update Madoguchi to read it.</source>
            <translation>%1 は新しい Madoguchi で作られています（データ形式 %2。この版は %3 まで読めます）。読むには Madoguchi を更新してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, newer than this Madoguchi knows (%3): please update Madoguchi to read it.</source>
            <translation>%1 はコード表の版 %2 を使っており、この Madoguchi が知る版（%3）より新しいものです。読むには Madoguchi を更新してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 does not follow the annual data format at %2 (%3); was it edited by hand?</source>
            <translation>%1 は %2 で年度報告データの形式に合っていません（%3）。手で編集されましたか？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 does not add up: %2; was it edited by hand?</source>
            <translation>%1 の合計が合いません：%2。手で編集されましたか？</translation>
        </message>
        <message>
            <location line="+138" />
            <source>the municipality code's check digit</source>
            <translation>団体コードの検査数字</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the cut-off date</source>
            <translation>集計基準日</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the cut-off date lies outside the fiscal year</source>
            <translation>集計基準日が年度の外にあります</translation>
        </message>
        <message>
            <location line="+2" />
            <source>provisional, by the cut-off date</source>
            <translation>集計基準日から見た速報値かどうか</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exact or suppressed counts</source>
            <translation>正確な件数か秘匿後の件数か</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an x among exact counts</source>
            <translation>正確な件数の中に x があります</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 and the total of %2</source>
            <translation>%1 と %2 の合計</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the months of %1</source>
            <translation>%1 の月別の数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a month of %1 outside the fiscal year</source>
            <translation>%1 に年度外の月があります</translation>
        </message>
        <message>
            <location filename="../app/reports/send.py" line="+23" />
            <source>Set the prefecture's address and the mail server in Settings first.</source>
            <translation>先に設定で都道府県のアドレスとメールサーバーを設定してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file to attach at %1.</source>
            <translation>%1 に添付するファイルがありません。</translation>
        </message>
        <message>
            <location filename="../app/rollup/inputs.py" line="+19" />
            <source>Give at least one annual data file to roll up.</source>
            <translation>集計する年度報告データを 1 つ以上指定してください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is for %2, not %3 like %4; a roll-up covers one fiscal year. Nothing was written.</source>
            <translation>%1 は %2 のもので、%4 と同じ %3 ではありません。集計は 1 年度ずつです。何も書き出していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 and %2 are both from %3 (municipality code %4); give one file per town. Nothing was written.</source>
            <translation>%1 と %2 はどちらも %3（全国地方公共団体コード %4）のものです。1 市町村につき 1 ファイルにしてください。何も書き出していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is provisional (records up to %2); roll up final files only, or ask for a provisional roll-up. Nothing was written.</source>
            <translation>%1 は暫定版です（%2 までの記録）。確定版のファイルだけを集計するか、暫定の集計を選んでください。何も書き出していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uses code lists of version %2, which this Madoguchi cannot map to its own; nothing was written.</source>
            <translation>%1 はコード表の版 %2 を使っており、この Madoguchi の版に対応付けできません。何も書き出していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is given twice. Nothing was written.</source>
            <translation>%1 が 2 回指定されています。何も書き出していません。</translation>
        </message>
        <message>
            <location filename="../app/rollup/report.py" line="-6" />
            <source>The roll-up was not written: the hidden figure %1 cannot be protected; nothing was written.</source>
            <translation>集計は書き出していません：秘匿した数値 %1 を保護できません。何も書き出していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The threshold is a whole number from 1 to 100 and the protection width one from 0 to 1000.</source>
            <translation>しきい値は 1〜100 の整数、保護幅は 0〜1000 の整数です。</translation>
        </message>
        <message>
            <location filename="../app/rollup/tables.py" line="+24" />
            <source>%1 does not add up (a table and its total differ); was it edited by hand? Nothing was written.</source>
            <translation>%1 の合計が合いません（表とその合計が違います）。手で編集されましたか？何も書き出していません。</translation>
        </message>
        <message>
            <location filename="../app/devices.py" line="-2" />
            <source>%1 already exists; choose a new file name for the other device's copy.</source>
            <translation>%1 はすでにあります。別の端末用のコピーには新しいファイル名を選んでください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No device %1 is known to this town.</source>
            <translation>この市町村には端末 %1 がありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device cannot revoke itself.</source>
            <translation>この端末自身を失効させることはできません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can add a device.</source>
            <translation>端末を追加できるのは管理者だけです。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can revoke a device.</source>
            <translation>端末を失効させられるのは管理者だけです。</translation>
        </message>
        <message>
            <location filename="../app/exchange.py" line="+48" />
            <source>Some of these records were deleted from the database while the file was being imported. Nothing was imported.</source>
            <translation>ファイルの取り込み中に、これらの記録の一部がデータベースから削除されました。何も取り込んでいません。</translation>
        </message>
        <message>
            <location filename="../app/exchange_apply.py" line="+32" />
            <source>A record refers to another record that is not here; nothing was changed.</source>
            <translation>ある記録が、ここにない別の記録を参照しています。何も変更していません。</translation>
        </message>
        <message>
            <location filename="../app/sync/conflicts.py" line="+29" />
            <source>That conflict was already resolved.</source>
            <translation>その競合はすでに解決されています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose mine, theirs or a new value for field %1.</source>
            <translation>項目 %1 について、この端末の値・もう一方の値・新しい値のどれかを選んでください。</translation>
        </message>
        <message>
            <location filename="../app/sync/engine.py" line="+40" />
            <source>Only an encrypted town can be synced between devices.</source>
            <translation>端末間で同期できるのは暗号化された市町村データだけです。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was written by this device; there is nothing to apply.</source>
            <translation>%1 はこの端末が書き出したものです。取り込むものはありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 comes from a device that was revoked; nothing was changed.</source>
            <translation>%1 は失効した端末からのものです。何も変更していません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made by a newer Madoguchi (schema %2; this device has %3): update Madoguchi on this device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 は新しい Madoguchi で作られています（スキーマ %2、この端末は %3）。先にこの端末の Madoguchi を更新してください。何も変更しておらず、失われたものもありません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 was made by an older Madoguchi (schema %2; this device has %3): update Madoguchi on the other device first. Nothing was changed, and nothing is lost.</source>
            <translation>%1 は古い Madoguchi で作られています（スキーマ %2、この端末は %3）。先にもう一方の端末の Madoguchi を更新してください。何も変更しておらず、失われたものもありません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 holds a record this device cannot take (%2); nothing was changed.</source>
            <translation>%1 には、この端末が受け取れない記録があります（%2）。何も変更していません。</translation>
        </message>
        <message>
            <location filename="../app/sync/folder.py" line="+27" />
            <source>The sync folder %1 cannot be reached; nothing was exchanged.</source>
            <translation>同期フォルダー %1 に接続できません。何もやり取りしていません。</translation>
        </message>
        <message>
            <location filename="../app/sync/packet.py" line="+28" />
            <source>%1 is not a Madoguchi sync packet.</source>
            <translation>%1 は Madoguchi の同期パケットではありません。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is a sync packet of another town; nothing was changed.</source>
            <translation>%1 は別の市町村の同期パケットです。何も変更していません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 was made with another key, or was changed after it was written; nothing was changed.</source>
            <translation>%1 は別の鍵で作られたか、書き出した後に変更されています。何も変更していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is too large for a sync packet; nothing was changed.</source>
            <translation>%1 は同期パケットとしては大きすぎます。何も変更していません。</translation>
        </message>
        <message>
            <location filename="../app/reports/schema_check.py" line="+96" />
            <source>matches none of the allowed forms</source>
            <translation>許される形式のどれにも合いません</translation>
        </message>
        <message>
            <location line="+5" />
            <source>is not of the expected kind (%1)</source>
            <translation>値の種類が違います（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be %1</source>
            <translation>%1 であるべきです</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be one of %1</source>
            <translation>%1 のいずれかであるべきです</translation>
        </message>
        <message>
            <location line="+6" />
            <source>should be at least %1</source>
            <translation>%1 以上であるべきです</translation>
        </message>
        <message>
            <location line="+3" />
            <source>should be at most %1</source>
            <translation>%1 以下であるべきです</translation>
        </message>
        <message>
            <location line="+6" />
            <source>has more than %1 items</source>
            <translation>項目が %1 個を超えています</translation>
        </message>
        <message>
            <location line="+8" />
            <source>is too short</source>
            <translation>短すぎます</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is too long</source>
            <translation>長すぎます</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is not in the expected form</source>
            <translation>期待される書式ではありません</translation>
        </message>
        <message>
            <location line="+6" />
            <source>lacks %1</source>
            <translation>%1 がありません</translation>
        </message>
        <message>
            <location line="+3" />
            <source>has more than %1 entries</source>
            <translation>項目が %1 件を超えています</translation>
        </message>
        <message>
            <location line="+11" />
            <source>is not expected here</source>
            <translation>ここにあるはずのないものです</translation>
        </message>
    </context>
    <context>
        <name>run_window</name>
        <message>
            <location filename="../ui/main.py" line="+53" />
            <source>The database %1 is missing, but its key file is there. Restore the database from a backup; no new database was made.</source>
            <translation>データベース %1 が見つかりませんが、鍵ファイルは残っています。バックアップからデータベースを復元してください。新しいデータベースは作成していません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a database file.</source>
            <translation>%1 はデータベースファイルではありません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not encrypted; Madoguchi keeps records only in encrypted databases. It was not changed.</source>
            <translation>%1 は暗号化されていません。Madoguchiは暗号化されたデータベースにのみ記録を保存します。このファイルは変更していません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is missing beside the database, so it cannot be opened.</source>
            <translation>データベースと同じ場所に鍵ファイル %1 がないため、開くことができません。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The folder %1 does not exist; no database was made.</source>
            <translation>フォルダー %1 がありません。データベースは作成していません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Madoguchi cannot make its data folder %1 (%2).</source>
            <translation>Madoguchi はデータフォルダー %1 を作成できません（%2）。</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../app/kinds.py" line="+273" />
            <source>Unknown code list.</source>
            <translation>不明なコード表です。</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Use letters, digits and underscores only.</source>
            <translation>半角英数字とアンダースコア（_）のみ使用できます。</translation>
        </message>
        <message>
            <location filename="../app/reports/categories.py" line="-17" />
            <location line="+3" />
            <location line="+5" />
            <location filename="../app/validation.py" line="+19" />
            <source>Required.</source>
            <translation>必須項目です。</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Already in the list.</source>
            <translation>すでに一覧にあります。</translation>
        </message>
        <message>
            <location filename="../app/knowledge.py" line="-184" />
            <source>Write the Japanese version first.</source>
            <translation>先に日本語版を入力してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One text per language.</source>
            <translation>各言語のテキストは1つまでです。</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="+301" />
            <location filename="../app/knowledge.py" line="+4" />
            <source>Each language needs a question and an answer.</source>
            <translation>各言語に質問と回答の両方が必要です。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not a real date (use YYYY-MM-DD).</source>
            <translation>正しい日付ではありません（YYYY-MM-DD形式で入力してください）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a real time (use HH:MM).</source>
            <translation>正しい時刻ではありません（HH:MM形式で入力してください）。</translation>
        </message>
        <message>
            <location filename="../app/accounts.py" line="-422" />
            <source>Use at least 8 characters.</source>
            <translation>8文字以上で入力してください。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Not a usable user name.</source>
            <translation>使用できないユーザー名です。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too like the name of another user; choose another.</source>
            <translation>他のユーザーの名前に似すぎています。別の名前を選んでください。</translation>
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
            <translation>コード表にない値です。</translation>
        </message>
        <message>
            <location line="-97" />
            <source>This user already exists.</source>
            <translation>このユーザーは既に存在します。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="-3" />
            <source>Not a real date and time (use YYYY-MM-DD HH:MM; in a file, YYYY-MM-DDTHH:MM).</source>
            <translation>正しい日時ではありません（YYYY-MM-DD HH:MM形式で入力してください。ファイルではYYYY-MM-DDTHH:MM形式です）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lies in the future.</source>
            <translation>未来の日付です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time back is before time out.</source>
            <translation>帰庁時刻が出発時刻より前になっています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date is before the event.</source>
            <translation>フォローアップ予定日が記録の日付より前になっています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a name in native script or in Latin letters.</source>
            <translation>氏名を母語表記またはローマ字で入力してください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use katakana only.</source>
            <translation>カタカナのみで入力してください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A residence card number is 2 letters, 8 digits and 2 letters (AB12345678CD).</source>
            <translation>在留カード番号は英字2文字・数字8桁・英字2文字です（AB12345678CD）。</translation>
        </message>
        <message>
            <location filename="../app/kinds.py" line="-225" />
            <source>Choose at least one topic.</source>
            <translation>相談分類を1つ以上選択してください。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+4" />
            <source>Choose a resident, or the nationality for an anonymous record.</source>
            <translation>相談者を選択するか、匿名の場合は国籍を選択してください。</translation>
        </message>
        <message>
            <location line="+169" />
            <source>Choose the nationality of each row of unregistered attendees.</source>
            <translation>未登録参加者の各行で国籍を選んでください。</translation>
        </message>
        <message>
            <location filename="../app/reports/config.py" line="-22" />
            <location line="+2" />
            <location line="+4" />
            <location filename="../app/validation.py" line="-167" />
            <source>Out of range.</source>
            <translation>範囲外の値です。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>More foreign residents than residents.</source>
            <translation>外国人住民数が人口を上回っています。</translation>
        </message>
        <message>
            <location filename="../app/validation.py" line="+1" />
            <source>Not an email address.</source>
            <translation>メールアドレスの形式ではありません。</translation>
        </message>
        <message>
            <location filename="../app/consultations.py" line="-55" />
            <source>That resident no longer exists.</source>
            <translation>指定された在留外国人は既に存在しません。</translation>
        </message>
        <message>
            <location filename="../app/exchange_check.py" line="-20" />
            <source>must be a list of codes.</source>
            <translation>コードのリストである必要があります。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>counts must be whole numbers.</source>
            <translation>人数は整数である必要があります。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>each contact needs exactly 'app' and 'handle'.</source>
            <translation>各連絡先は「app」と「handle」の2項目のみで構成する必要があります。</translation>
        </message>
        <message>
            <location filename="../app/handover.py" line="-453" />
            <source>At most 20,000 characters.</source>
            <translation>20,000文字以内で入力してください。</translation>
        </message>
        <message>
            <location filename="../app/residents.py" line="-33" />
            <source>A resident cannot be linked to themselves.</source>
            <translation>在留外国人を本人自身と関連付けることはできません。</translation>
        </message>
        <message>
            <location filename="../app/reports/municipality.py" line="+10" />
            <source>A municipality code has six digits.</source>
            <translation>全国地方公共団体コードは 6 桁です。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last digit of this municipality code does not match the others.</source>
            <translation>このコードの最後の桁（検査数字）が他の桁と合いません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A municipality code starts with a prefecture number from 01 to 47.</source>
            <translation>全国地方公共団体コードは都道府県番号 01〜47 で始まります。</translation>
        </message>
    </context>
</TS>
