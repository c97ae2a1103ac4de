"""The demo town's knowledge base (よくある相談): the questions the desk of みさき町 answers
again and again, in Japanese first, then Vietnamese and English, and for some entries also
Indonesian, Tagalog or Thai. Organisations are named as in app/demo_data.ORGANISATIONS;
the demo generator maps the names to ids. Everything here is fictional."""

from datetime import date, timedelta
from typing import NamedTuple


class KbDemoText(NamedTuple):
    language: str  # ISO 639-1
    question: str
    answer: str


class KbDemoEntry(NamedTuple):
    topic: str  # a topic code
    status: str  # "published" | "draft"
    reviewed_days_ago: int  # relative to the demo's today; over 365 means "needs review"
    organisations: tuple[str, ...]  # names in demo_data.ORGANISATIONS
    documents: tuple[str, ...]  # what the resident brings or is given
    keywords: tuple[str, ...]  # words of the demo consultations' `asked` it answers
    texts: tuple[KbDemoText, ...]


_T = KbDemoText
REVIEWER = "cir"


def _e(topic: str, days: int, orgs: tuple[str, ...], docs: tuple[str, ...],
       keywords: tuple[str, ...], *texts: KbDemoText, draft: bool = False) -> KbDemoEntry:
    return KbDemoEntry(topic, "draft" if draft else "published", days, orgs, docs, keywords,
                       texts)


def reviewed_on(entry: KbDemoEntry, today: date) -> str:
    """The entry's review date as an ISO date, counted back from the demo's `today`."""
    return (today - timedelta(days=entry.reviewed_days_ago)).isoformat()


def answers(entry: KbDemoEntry, asked: str) -> bool:
    """Whether a consultation whose question was `asked` is one this entry answers."""
    return any(k in asked for k in entry.keywords)


_HALL = "みさき町役場 住民課"
_WELFARE = "みさき町役場 福祉課"
_HEALTH = "みさき町保健センター"
_HOSPITAL = "浜崎市立病院"
_IMMIGRATION = "北潮出入国在留管理局 浜崎出張所"
_POLICE = "浜崎警察署 みさき駐在所"
_ASSOCIATION = "公益財団法人北潮県国際交流協会"
_CARD = "在留カード"
_MYNUMBER = "マイナンバーカード"
_PHOTO = "証明写真（縦4cm×横3cm）"

ENTRIES: tuple[KbDemoEntry, ...] = (
    # --- daily_rules (the garbage entry first: the most asked question of the desk) ---
    _e("daily_rules", 25, (_HALL,), (), ("ゴミ", "ごみ", "分別"),
       _T("ja", "ゴミの分別がわからないときは、どうすればいいですか？",
          "みさき町では、ゴミを「燃えるゴミ」「燃えないゴミ」「資源ごみ（缶・びん・"
          "ペットボトル）」「プラスチック」に分別し、決められた曜日の朝8時までに地区の"
          "ゴミステーションに出します。分け方と曜日は、役場 住民課（0136-02-2001）で"
          "配っている多言語のゴミカレンダーで確認してください。燃えるゴミと燃えないゴミは、"
          "町の指定ゴミ袋（スーパーやコンビニで販売）に入れて出します。わからないものは、"
          "写真をSNSでCIRに送ってもらえれば、分け方をお知らせします。"),
       _T("vi", "Tôi không biết cách phân loại rác thì phải làm sao?",
          "Ở thị trấn Misaki, rác được phân loại thành rác cháy được, rác không cháy được, "
          "rác tài nguyên (lon, chai thủy tinh, chai nhựa PET) và đồ nhựa, rồi bỏ ở điểm tập "
          "kết rác của khu vực trước 8 giờ sáng vào đúng ngày quy định. Cách phân loại và lịch "
          "thu gom có trong lịch rác đa ngôn ngữ phát tại Phòng Cư dân, Ủy ban thị trấn "
          "(0136-02-2001). Rác cháy được và rác không cháy được phải cho vào túi rác chỉ định "
          "của thị trấn (bán ở siêu thị và cửa hàng tiện lợi). Nếu không biết một món đồ thuộc "
          "loại nào, hãy chụp ảnh gửi cho CIR qua mạng xã hội, chúng tôi sẽ hướng dẫn."),
       _T("en", "How do I sort my garbage?",
          "In Misaki, garbage is sorted into burnable, non-burnable, recyclables (cans, glass "
          "bottles, PET bottles) and plastics, and put out at your area's garbage station by "
          "8 a.m. on the set day. The multilingual garbage calendar from the Residents "
          "Division at the town hall (0136-02-2001) shows how to sort and which day. Burnable "
          "and non-burnable garbage go in the town's designated bags, sold at supermarkets and "
          "convenience stores. If you are not sure about an item, send a photo to the CIR by "
          "messaging app and we will tell you how to sort it."),
       _T("id", "Bagaimana cara memilah sampah?",
          "Di Kota Misaki, sampah dipilah menjadi sampah yang bisa dibakar, sampah yang tidak "
          "bisa dibakar, sampah daur ulang (kaleng, botol kaca, botol PET) dan plastik, lalu "
          "dibuang di tempat sampah di daerah Anda sebelum pukul 8 pagi pada hari yang "
          "ditentukan. Cara memilah dan jadwalnya ada di kalender sampah multibahasa dari "
          "Bagian Kependudukan balai kota (0136-02-2001). Sampah yang bisa dibakar dan yang "
          "tidak bisa dibakar dimasukkan ke kantong sampah resmi kota yang dijual di "
          "supermarket dan minimarket. Jika ragu, kirim fotonya kepada CIR lewat aplikasi "
          "pesan, kami akan memberi tahu cara memilahnya."),
       _T("tl", "Paano ko ihihiwalay ang aking basura?",
          "Sa Misaki, hinihiwalay ang basura sa nasusunog, hindi nasusunog, recyclable (lata, "
          "bote, PET bottle) at plastik, at inilalabas sa garbage station ng inyong lugar bago "
          "mag-alas-8 ng umaga sa itinakdang araw. Makikita ang paraan ng paghihiwalay at ang "
          "araw ng koleksyon sa multilingual na garbage calendar mula sa Residents Division ng "
          "town hall (0136-02-2001). Ang nasusunog at hindi nasusunog na basura ay inilalagay "
          "sa itinakdang garbage bag ng bayan na nabibili sa supermarket at convenience store. "
          "Kung hindi sigurado, ipadala ang litrato sa CIR sa messaging app at sasabihin namin "
          "kung paano ito ihihiwalay.")),
    _e("daily_rules", 110, (_HALL,), ("粗大ごみ処理券",), ("粗大ごみ",),
       _T("ja", "粗大ごみ（家具や自転車など）を捨てたいです。",
          "粗大ごみはゴミステーションには出せません。役場 住民課（0136-02-2001）に電話で"
          "申し込むと、回収日と料金を教えてもらえます。料金分の「粗大ごみ処理券」を役場で"
          "買って品物に貼り、回収日の朝に家の前に出してください。エアコン・テレビ・冷蔵庫・"
          "洗濯機は町では回収できないので、買った店に相談してください。"),
       _T("vi", "Tôi muốn vứt rác cỡ lớn (đồ nội thất, xe đạp...).",
          "Rác cỡ lớn không được bỏ ở điểm tập kết rác. Hãy gọi điện đăng ký với Phòng Cư dân, "
          "Ủy ban thị trấn (0136-02-2001) để được báo ngày thu gom và phí. Mua phiếu xử lý rác "
          "cỡ lớn tại Ủy ban thị trấn, dán lên đồ cần vứt và để trước nhà vào sáng ngày thu "
          "gom. Điều hòa, tivi, tủ lạnh và máy giặt thị trấn không thu gom, hãy hỏi cửa hàng "
          "nơi bạn đã mua."),
       _T("en", "I want to throw away large items (furniture, a bicycle).",
          "Large items cannot go to the garbage station. Phone the Residents Division at the "
          "town hall (0136-02-2001) to book a collection; they will tell you the day and the "
          "fee. Buy large-item stickers for that fee at the town hall, stick them on the items "
          "and put them in front of your home on the morning of the collection. The town does "
          "not collect air conditioners, TVs, fridges or washing machines: ask the shop where "
          "you bought them.")),
    _e("daily_rules", 420, (_POLICE,), (), ("貝",),
       _T("ja", "浜で貝や海藻を取ってもいいですか？",
          "みさき町の海には漁業権があり、アワビ・ウニ・ホタテ・ナマコや昆布などを取ると、"
          "密漁として罰せられます。浜に打ち上げられた貝殻を拾うのは問題ありません。港の中には"
          "立入禁止の場所があるので、釣りをするときは看板を確認してください。わからないときは"
          "窓口か浜崎警察署 みさき駐在所（0136-02-2110）に聞いてください。"),
       _T("vi", "Tôi có được nhặt sò ốc hay rong biển ở bãi biển không?",
          "Vùng biển thị trấn Misaki có quyền đánh bắt của ngư dân, nếu bắt bào ngư, nhím biển, "
          "sò điệp, hải sâm hay tảo bẹ... sẽ bị xử phạt vì tội đánh bắt trái phép. Nhặt vỏ sò "
          "dạt vào bờ thì không sao. Trong cảng có những khu vực cấm vào, khi câu cá hãy xem "
          "kỹ biển báo. Nếu không rõ, hãy hỏi quầy tư vấn hoặc Đồn cảnh sát Misaki "
          "(0136-02-2110)."),
       _T("en", "May I pick up shellfish or seaweed on the beach?",
          "Fishing rights cover the sea at Misaki: taking abalone, sea urchins, scallops, sea "
          "cucumbers, kelp and the like is poaching and is punished. Picking up empty shells "
          "washed onto the beach is fine. Some parts of the harbour are off limits, so check "
          "the signs before you fish. If in doubt, ask the desk or the Misaki police box "
          "(0136-02-2110).")),
    # --- medical ---
    _e("medical", 40, ("みさき町立診療所", _HOSPITAL),
       ("マイナ保険証または資格確認書", _CARD, "お薬手帳"), ("夜間", "休日"),
       _T("ja", "夜間や休日に具合が悪くなったら、どこで診てもらえますか？",
          "平日の昼間は、みさき町立診療所（0136-02-2211）で診てもらえます。夜間や休日は、"
          "浜崎市立病院（0134-02-3111）に必ず電話してから行ってください。意識がない、息が"
          "苦しいなど命にかかわるときは、すぐに119番に電話してください。受診するときは、"
          "マイナ保険証（または資格確認書）、在留カード、お薬手帳を持って行きます。"),
       _T("vi", "Nếu bị ốm vào ban đêm hoặc ngày nghỉ thì tôi có thể đi khám ở đâu?",
          "Ban ngày các ngày thường, bạn có thể khám tại Phòng khám thị trấn Misaki "
          "(0136-02-2211). Ban đêm hoặc ngày nghỉ, hãy gọi điện trước cho Bệnh viện thành phố "
          "Hamasaki (0134-02-3111) rồi mới đến. Khi nguy hiểm đến tính mạng như bất tỉnh hay "
          "khó thở, hãy gọi ngay số 119. Khi đi khám, hãy mang theo thẻ My Number dùng làm thẻ "
          "bảo hiểm (hoặc giấy xác nhận tư cách bảo hiểm), thẻ cư trú và sổ tay thuốc."),
       _T("en", "Where can I see a doctor at night or on a holiday?",
          "On weekdays during the day, go to Misaki Town Clinic (0136-02-2211). At night or on "
          "holidays, always phone Hamasaki City Hospital (0134-02-3111) before you go. If "
          "someone is unconscious or cannot breathe, call 119 at once. Bring your My Number "
          "health insurance card (or certificate of eligibility), residence card and medicine "
          "notebook."),
       _T("id", "Di mana saya bisa berobat pada malam hari atau hari libur?",
          "Pada hari kerja siang hari, silakan ke Klinik Kota Misaki (0136-02-2211). Pada "
          "malam hari atau hari libur, teleponlah Rumah Sakit Kota Hamasaki (0134-02-3111) "
          "sebelum datang. Dalam keadaan darurat seperti pingsan atau sesak napas, segera "
          "telepon 119. Bawalah kartu My Number untuk asuransi kesehatan (atau sertifikat "
          "kelayakan), kartu izin tinggal, dan buku catatan obat.")),
    _e("medical", 120, (_HOSPITAL, _ASSOCIATION), (), ("病院で", "問診票"),
       _T("ja", "病院で日本語がわからないときは、通訳をお願いできますか？",
          "浜崎市立病院では、火曜日と木曜日にベトナム語の医療通訳を利用できます（予約が"
          "必要です。0134-02-3111）。ほかの言語は、北潮県国際交流協会（0134-01-9700）の"
          "電話通訳や、病院のタブレット通訳を使えます。多言語の問診票は役場の窓口でも"
          "渡しているので、受診の前に記入しておくと安心です。"),
       _T("vi", "Nếu không hiểu tiếng Nhật ở bệnh viện, tôi có thể nhờ phiên dịch không?",
          "Bệnh viện thành phố Hamasaki có phiên dịch y tế tiếng Việt vào thứ Ba và thứ Năm "
          "(cần đặt hẹn trước, 0134-02-3111). Với các ngôn ngữ khác, bạn có thể dùng phiên "
          "dịch qua điện thoại của Hiệp hội Giao lưu Quốc tế tỉnh Hokucho (0134-01-9700) "
          "hoặc máy tính bảng phiên dịch của bệnh viện. Phiếu khai bệnh đa ngôn ngữ có ở quầy "
          "Ủy ban thị trấn, hãy điền trước khi đi khám để yên tâm hơn."),
       _T("en", "Can I get an interpreter at the hospital if I don't understand Japanese?",
          "Hamasaki City Hospital has a Vietnamese medical interpreter on Tuesdays and "
          "Thursdays (book ahead: 0134-02-3111). For other languages, use the telephone "
          "interpreting of the Hokucho International Association (0134-01-9700) or the "
          "hospital's tablet interpreting. The town hall desk also gives out multilingual "
          "medical questionnaires: filling one in before the visit makes it easier.")),
    # --- residence_procedures ---
    _e("residence_procedures", 60, (_IMMIGRATION, _HALL),
       (_CARD, "パスポート", _PHOTO, "課税証明書", "納税証明書"), ("在留期間", "更新"),
       _T("ja", "在留期間の更新は、いつ、どこで、何を持って申請しますか？",
          "在留期間の更新は、期限の3か月前から北潮出入国在留管理局 浜崎出張所"
          "（0134-04-1120）で申請できます。受付は平日の9時～12時と13時～16時です。"
          "在留カード、パスポート、写真（縦4cm×横3cm）のほか、役場で取る課税証明書と"
          "納税証明書、会社が用意する書類が必要です。オンラインでも申請できるので、"
          "早めに会社の担当者と準備を始めてください。"),
       _T("vi", "Gia hạn thời hạn lưu trú thì nộp khi nào, ở đâu và cần mang gì?",
          "Bạn có thể nộp hồ sơ gia hạn từ 3 tháng trước khi hết hạn tại Văn phòng Hamasaki "
          "của Cục Quản lý Xuất nhập cảnh và Lưu trú Hokucho (0134-04-1120). Giờ tiếp nhận là "
          "9:00–12:00 và 13:00–16:00 các ngày thường. Cần thẻ cư trú, hộ chiếu, ảnh (cao 4cm × "
          "rộng 3cm), giấy chứng nhận thuế và giấy chứng nhận đã nộp thuế lấy ở Ủy ban thị "
          "trấn, cùng giấy tờ do công ty chuẩn bị. Cũng có thể nộp trực tuyến, hãy bắt đầu "
          "chuẩn bị sớm cùng người phụ trách ở công ty."),
       _T("en", "When, where and with what do I apply to extend my period of stay?",
          "You can apply from three months before your period of stay ends, at the Hamasaki "
          "Branch of the Hokucho Immigration Services Bureau (0134-04-1120), open weekdays "
          "9:00–12:00 and 13:00–16:00. Bring your residence card, passport and a photo "
          "(4 cm high × 3 cm wide), a tax certificate and a certificate of tax payment from "
          "the town hall, and the papers your employer prepares. You can also apply online; "
          "start preparing early with the person in charge at your company."),
       _T("id", "Kapan, di mana, dan dengan dokumen apa saya memperpanjang izin tinggal?",
          "Perpanjangan izin tinggal bisa diajukan mulai 3 bulan sebelum masa berlakunya "
          "habis, di Kantor Cabang Hamasaki, Biro Imigrasi Hokucho (0134-04-1120), hari kerja "
          "pukul 9.00–12.00 dan 13.00–16.00. Bawa kartu izin tinggal, paspor, pasfoto (4 cm × "
          "3 cm), surat keterangan pajak dan bukti lunas pajak dari balai kota, serta dokumen "
          "dari perusahaan. Pengajuan juga bisa daring; mulailah bersiap lebih awal bersama "
          "penanggung jawab di perusahaan.")),
    _e("residence_procedures", 90, (_POLICE, _IMMIGRATION),
       ("パスポート", _PHOTO, "遺失届の受理番号"), ("在留カードをなくし",),
       _T("ja", "在留カードをなくしてしまいました。どうすればいいですか？",
          "まず浜崎警察署 みさき駐在所（0136-02-2110）に遺失届を出し、受理番号を控えて"
          "ください。なくしたことに気づいた日から14日以内に、北潮出入国在留管理局 浜崎出張所"
          "（0134-04-1120）で再交付を申請します。パスポート、写真1枚（縦4cm×横3cm）、"
          "遺失届の受理番号を持って行ってください。"),
       _T("vi", "Tôi bị mất thẻ cư trú. Tôi phải làm gì?",
          "Trước tiên hãy đến Đồn cảnh sát Misaki (0136-02-2110) khai báo mất đồ và ghi lại "
          "số tiếp nhận. Trong vòng 14 ngày kể từ khi phát hiện bị mất, hãy xin cấp lại thẻ "
          "tại Văn phòng Hamasaki của Cục Quản lý Xuất nhập cảnh và Lưu trú Hokucho "
          "(0134-04-1120). Mang theo hộ chiếu, 1 ảnh (cao 4cm × rộng 3cm) và số tiếp nhận "
          "khai báo mất đồ."),
       _T("en", "I have lost my residence card. What should I do?",
          "First report the loss at the Misaki police box (0136-02-2110) and note the report "
          "number. Within 14 days of noticing the loss, apply for a new card at the Hamasaki "
          "Branch of the Hokucho Immigration Services Bureau (0134-04-1120). Bring your "
          "passport, one photo (4 cm high × 3 cm wide) and the loss report number.")),
    _e("residence_procedures", 20, (_IMMIGRATION, _ASSOCIATION),
       (_CARD, "パスポート", "雇用契約書"), ("特定技能",),
       _T("ja", "技能実習から特定技能に移るには、どうすればいいですか？",
          "技能実習2号を良好に修了した人は、関連する分野なら技能試験と日本語試験が免除され"
          "ます。特定技能で受け入れる会社と雇用契約を結び、会社と一緒に在留資格変更許可申請を"
          "北潮出入国在留管理局 浜崎出張所に出します。書類が多いので、北潮県国際交流協会"
          "（0134-01-9700）の行政書士相談会も利用してください。"),
       _T("vi", "Muốn chuyển từ thực tập kỹ năng sang kỹ năng đặc định thì làm thế nào?",
          "Người đã hoàn thành tốt thực tập kỹ năng số 2 được miễn thi kỹ năng và thi tiếng "
          "Nhật nếu chuyển sang ngành liên quan. Hãy ký hợp đồng lao động với công ty tiếp "
          "nhận theo diện kỹ năng đặc định, rồi cùng công ty nộp đơn xin thay đổi tư cách lưu "
          "trú tại Văn phòng Hamasaki của Cục Xuất nhập cảnh. Hồ sơ khá nhiều, nên hãy tham "
          "gia buổi tư vấn với chuyên viên hành chính của Hiệp hội Giao lưu Quốc tế tỉnh "
          "Hokucho (0134-01-9700)."),
       _T("en", "How do I move from Technical Intern Training to Specified Skilled Worker?",
          "If you completed Technical Intern Training (ii) in good standing, you are exempt "
          "from the skills and Japanese tests in a related field. Sign an employment contract "
          "with the company that will take you on, then apply together with the company for a "
          "change of status at the Hamasaki Branch of the Immigration Services Bureau. There "
          "are many papers: use the administrative scrivener sessions of the Hokucho "
          "International Association (0134-01-9700)."),
       draft=True),
    # --- labour ---
    _e("labour", 80, ("浜崎労働基準監督署", _ASSOCIATION),
       ("雇用契約書", "給料明細", "勤務時間の記録"), ("残業代", "給料明細"),
       _T("ja", "残業代や給料がきちんと払われていないようです。どこに相談できますか？",
          "雇用契約書と給料明細を持って窓口に来てください。一緒に内容を確認します。"
          "働いた日と時間は、毎日メモや写真で記録しておきましょう。会社と話しても解決しない"
          "ときは浜崎労働基準監督署（0134-04-3300）に相談でき、日本語が難しい人は北潮県"
          "国際交流協会（0134-01-9700）の多言語相談窓口を通して相談できます。"),
       _T("vi", "Hình như tôi không được trả đủ lương hoặc tiền làm thêm giờ. Tôi hỏi ở đâu?",
          "Hãy mang hợp đồng lao động và bảng lương đến quầy tư vấn, chúng tôi sẽ cùng bạn "
          "kiểm tra. Hãy ghi lại ngày và giờ làm việc mỗi ngày bằng sổ ghi chép hoặc ảnh "
          "chụp. Nếu nói chuyện với công ty mà không giải quyết được, bạn có thể hỏi Văn "
          "phòng Thanh tra Tiêu chuẩn Lao động Hamasaki (0134-04-3300); nếu khó nói tiếng "
          "Nhật, hãy liên hệ qua quầy tư vấn đa ngôn ngữ của Hiệp hội Giao lưu Quốc tế tỉnh "
          "Hokucho (0134-01-9700)."),
       _T("en", "I don't think I am being paid my full wages or overtime. Who can I ask?",
          "Bring your employment contract and payslips to the desk and we will go through "
          "them with you. Write down or photograph the days and hours you work, every day. If "
          "talking to the company does not solve it, you can consult the Hamasaki Labour "
          "Standards Inspection Office (0134-04-3300); if Japanese is difficult, go through "
          "the multilingual desk of the Hokucho International Association (0134-01-9700).")),
    _e("labour", 170, ("浜崎労働基準監督署", _HOSPITAL), (), ("けが",),
       _T("ja", "仕事中にけがをしました。治療費や休んだ間の給料はどうなりますか？",
          "仕事中や通勤中のけがは労災保険の対象で、治療費は原則かかりません。病院では健康保険"
          "を使わずに、受付で「仕事中のけがです（労災です）」と伝えてください。すぐに会社に"
          "報告し、労災の手続きをしてもらいます。休んだ日の給料の補償もあるので、会社が手続き"
          "をしてくれないときは浜崎労働基準監督署（0134-04-3300）に相談してください。"),
       _T("vi", "Tôi bị thương khi đang làm việc. Chi phí điều trị và lương khi nghỉ thế nào?",
          "Chấn thương khi làm việc hoặc trên đường đi làm được bảo hiểm tai nạn lao động chi "
          "trả, về nguyên tắc bạn không phải trả tiền điều trị. Ở bệnh viện, đừng dùng bảo "
          "hiểm y tế mà hãy nói ở quầy tiếp nhận rằng đây là tai nạn lao động (rōsai). Hãy báo "
          "ngay cho công ty để công ty làm thủ tục. Những ngày nghỉ cũng được bồi thường tiền "
          "lương; nếu công ty không làm thủ tục, hãy hỏi Văn phòng Thanh tra Tiêu chuẩn Lao "
          "động Hamasaki (0134-04-3300)."),
       _T("en", "I was injured at work. What about my medical bills and pay while I'm off?",
          "Injuries at work or on the way to work are covered by workers' accident insurance, "
          "so treatment is normally free. At the hospital, do not use your health insurance: "
          "tell reception it is a work injury (rōsai). Report it to your company at once so "
          "that they file the claim. Days off are compensated too; if the company will not "
          "file, consult the Hamasaki Labour Standards Inspection Office (0134-04-3300).")),
    # --- tax_pension ---
    _e("tax_pension", 30, (), ("納付書",), ("住民税", "納付書"),
       _T("ja", "住民税の納付書が届きました。これは何ですか？",
          "住民税は、前の年（1月～12月）の収入に対して、1月1日に住んでいた市町村がかける"
          "税金です。給料から引かれていない人には、6月ごろに納付書が届きます。期限までに、"
          "納付書を使ってコンビニや郵便局、銀行で払ってください。払うのが難しいときは、"
          "そのままにせずに、役場1階の税務課で分けて払う相談をしてください。"),
       _T("vi", "Tôi nhận được phiếu nộp thuế cư trú. Đây là gì?",
          "Thuế cư trú là thuế do thành phố, thị trấn nơi bạn sống vào ngày 1 tháng 1 đánh "
          "trên thu nhập của năm trước (từ tháng 1 đến tháng 12). Người không bị trừ thuế vào "
          "lương sẽ nhận được phiếu nộp thuế vào khoảng tháng 6. Hãy dùng phiếu này để nộp ở "
          "cửa hàng tiện lợi, bưu điện hoặc ngân hàng trước hạn. Nếu khó nộp, đừng bỏ mặc mà "
          "hãy đến Phòng Thuế ở tầng 1 Ủy ban thị trấn để hỏi về việc chia nhỏ khoản nộp."),
       _T("en", "I received a payment slip for resident tax. What is it?",
          "Resident tax is charged by the municipality where you lived on 1 January, on your "
          "income of the previous year (January to December). If it is not taken from your "
          "wages, payment slips arrive around June. Pay with them at a convenience store, "
          "post office or bank by the deadline. If you cannot pay, do not ignore it: ask the "
          "Tax Division on the ground floor of the town hall about paying in instalments."),
       _T("tl", "Nakatanggap ako ng payment slip para sa resident tax. Ano ito?",
          "Ang resident tax ay buwis na sinisingil ng munisipyo kung saan ka nakatira noong "
          "Enero 1, batay sa kita mo noong nakaraang taon (Enero hanggang Disyembre). Kung "
          "hindi ito kinakaltas sa sahod mo, darating ang payment slip bandang Hunyo. Bayaran "
          "ito sa convenience store, post office o bangko bago ang deadline. Kung hirap kang "
          "magbayad, huwag itong pabayaan: pumunta sa Tax Division sa unang palapag ng town "
          "hall para pag-usapan ang pagbabayad nang hulugan.")),
    _e("tax_pension", 100, (_HALL,),
       ("パスポート", "基礎年金番号がわかるもの", "本人名義の銀行口座がわかるもの"),
       ("脱退一時金",),
       _T("ja", "帰国したら、払った年金は戻ってきますか？（脱退一時金）",
          "厚生年金や国民年金に6か月以上入っていた外国籍の人は、帰国後に脱退一時金を請求"
          "できます。出国の前に役場 住民課（0136-02-2001）に転出届を出し、出国してから2年"
          "以内に日本年金機構へ請求書を送ってください。パスポート、基礎年金番号がわかるもの、"
          "本人名義の銀行口座がわかるものが必要です。"),
       _T("vi", "Khi về nước, tôi có được nhận lại tiền lương hưu đã đóng không?",
          "Người nước ngoài đã tham gia lương hưu phúc lợi hoặc lương hưu quốc dân từ 6 tháng "
          "trở lên có thể yêu cầu nhận tiền trợ cấp rút một lần sau khi về nước. Trước khi "
          "xuất cảnh, hãy nộp thông báo chuyển đi tại Phòng Cư dân, Ủy ban thị trấn "
          "(0136-02-2001), và trong vòng 2 năm sau khi xuất cảnh, gửi đơn yêu cầu đến Cơ quan "
          "Hưu trí Nhật Bản. Cần hộ chiếu, giấy tờ có mã số lương hưu cơ bản và giấy tờ cho "
          "biết tài khoản ngân hàng đứng tên bạn."),
       _T("en", "Will I get my pension contributions back when I go home?",
          "Foreign nationals who paid into the employees' or national pension for six months "
          "or more can claim a lump-sum withdrawal payment after leaving Japan. Before you "
          "leave, file a moving-out notice at the Residents Division (0136-02-2001), and "
          "within two years of leaving send the claim form to the Japan Pension Service. You "
          "need your passport, something showing your basic pension number, and details of a "
          "bank account in your name.")),
    # --- health_insurance ---
    _e("health_insurance", 50, (_HALL,), (_CARD, _MYNUMBER), ("国民健康保険", "国保"),
       _T("ja", "国民健康保険に入らなければなりませんか？",
          "3か月を超えて日本に住む人で、会社の健康保険に入っていない人は、国民健康保険に"
          "入る必要があります。住み始めた日から14日以内に、在留カードとマイナンバーカードを"
          "持って役場 住民課（0136-02-2001）で手続きをしてください。保険税は前の年の収入で"
          "決まり、収入が少ない人には軽くなる制度があります。"),
       _T("vi", "Tôi có phải tham gia bảo hiểm y tế quốc dân không?",
          "Người sống ở Nhật trên 3 tháng và không tham gia bảo hiểm y tế của công ty phải "
          "tham gia bảo hiểm y tế quốc dân. Trong vòng 14 ngày kể từ ngày bắt đầu sống ở đây, "
          "hãy mang thẻ cư trú và thẻ My Number đến Phòng Cư dân, Ủy ban thị trấn "
          "(0136-02-2001) để làm thủ tục. Tiền bảo hiểm được tính theo thu nhập năm trước, và "
          "có chế độ giảm cho người thu nhập thấp."),
       _T("en", "Do I have to join National Health Insurance?",
          "Anyone living in Japan for more than three months who is not covered by a "
          "company's health insurance must join National Health Insurance. Within 14 days of "
          "moving here, take your residence card and My Number card to the Residents Division "
          "(0136-02-2001). The premium depends on last year's income, and there are "
          "reductions for people on low incomes."),
       _T("tl", "Kailangan ko bang sumali sa National Health Insurance?",
          "Ang sinumang titira sa Japan nang higit sa tatlong buwan at walang health "
          "insurance mula sa kompanya ay dapat sumali sa National Health Insurance. Sa loob "
          "ng 14 na araw mula nang lumipat dito, dalhin ang residence card at My Number card "
          "sa Residents Division ng town hall (0136-02-2001). Nakabatay ang premium sa kita "
          "noong nakaraang taon, at may bawas para sa mga may mababang kita.")),
    _e("health_insurance", 160, (_HALL, _HOSPITAL), ("マイナ保険証または資格確認書",),
       ("限度額", "医療費"),
       _T("ja", "入院することになり、医療費が高くなりそうです。",
          "1か月の医療費には、収入に応じた上限があります（高額療養費制度）。マイナ保険証を"
          "使えば、病院の窓口で払うのは上限の金額までになり、申請はいりません。マイナ保険証が"
          "ない人は、前もって限度額適用認定証を申請してください（国民健康保険の人は役場"
          " 住民課 0136-02-2001、会社の保険の人は会社の担当者へ）。"),
       _T("vi", "Tôi phải nhập viện và viện phí có vẻ sẽ cao.",
          "Chi phí y tế mỗi tháng có mức trần tùy theo thu nhập (chế độ chi phí điều trị cao). "
          "Nếu dùng thẻ My Number làm thẻ bảo hiểm, bạn chỉ phải trả tại bệnh viện tối đa "
          "đến mức trần đó mà không cần làm đơn. Nếu không có, hãy xin trước giấy chứng nhận "
          "áp dụng hạn mức (người có bảo hiểm quốc dân hỏi Phòng Cư dân, Ủy ban thị trấn "
          "0136-02-2001; người có bảo hiểm công ty hỏi người phụ trách ở công ty)."),
       _T("en", "I have to go into hospital and the bill looks expensive.",
          "Medical costs have a monthly ceiling that depends on your income (high-cost "
          "medical care benefit). If you use your My Number card as your insurance card, you "
          "pay the hospital only up to that ceiling, with no application. Without one, apply "
          "in advance for a ceiling certificate: National Health Insurance members at the "
          "Residents Division (0136-02-2001), company insurance members through their "
          "employer.")),
    # --- housing ---
    _e("housing", 70, (), (), ("水道管", "凍"),
       _T("ja", "冬に水道管が凍って、水が出ません。",
          "凍った水道管にタオルを巻いて、ぬるま湯をゆっくりかけてください。熱いお湯をかけると"
          "管が割れることがあるので、使わないでください。管が割れて水が漏れているときは、すぐ"
          "に元栓を閉めて、大家さんか管理会社に連絡してください。冷え込む夜は、寝る前に"
          "「水抜き」をすると凍るのを防げます。"),
       _T("vi", "Mùa đông ống nước bị đóng băng, không có nước.",
          "Hãy quấn khăn quanh ống nước bị đóng băng rồi từ từ dội nước ấm lên. Đừng dùng "
          "nước sôi vì ống có thể bị nứt. Nếu ống bị nứt và nước rò rỉ, hãy khóa van tổng "
          "ngay và liên lạc với chủ nhà hoặc công ty quản lý. Vào những đêm lạnh, hãy xả hết "
          "nước trong ống (mizunuki) trước khi đi ngủ để tránh bị đóng băng."),
       _T("en", "My water pipes froze in winter and no water comes out.",
          "Wrap a towel round the frozen pipe and pour lukewarm water over it slowly. Do not "
          "use boiling water: the pipe may crack. If a pipe has burst and is leaking, shut "
          "the main valve at once and call your landlord or management company. On very cold "
          "nights, drain the pipes (mizunuki) before going to bed to stop them freezing.")),
    _e("housing", 500, (), (), ("灯油",),
       _T("ja", "灯油ストーブを安全に使うには、どうすればいいですか？",
          "灯油ストーブを使うときは、1時間に1～2回、窓を開けて換気をしてください。換気を"
          "しないと一酸化炭素中毒になる危険があります。灯油はガソリンスタンドで買うか、配達"
          "してくれる店に頼めます。給油するときは必ず火を消し、ガソリンを入れないよう注意して"
          "ください。"),
       _T("vi", "Làm thế nào để dùng lò sưởi dầu hỏa an toàn?",
          "Khi dùng lò sưởi dầu hỏa, hãy mở cửa sổ để thông gió 1–2 lần mỗi giờ. Nếu không "
          "thông gió sẽ có nguy cơ ngộ độc khí CO. Bạn có thể mua dầu hỏa ở cây xăng hoặc nhờ "
          "cửa hàng giao đến nhà. Khi đổ dầu, nhất định phải tắt lửa và chú ý không đổ nhầm "
          "xăng."),
       _T("en", "How do I use a kerosene heater safely?",
          "Open a window to air the room once or twice an hour while the heater is on; "
          "without fresh air there is a risk of carbon monoxide poisoning. You can buy "
          "kerosene at a petrol station or have a shop deliver it. Always turn the heater off "
          "before refilling, and take care never to put petrol in it.")),
    # --- childcare_education ---
    _e("childcare_education", 130, ("みさき町立みさき小学校", _HALL), ("就学通知書",),
       ("入学", "小学校"),
       _T("ja", "子どもを小学校に入れるには、どうすればいいですか？",
          "外国籍の子どもも、みさき町の小学校に入学できます。入学の前の年の秋ごろに役場から"
          "就学の案内が届くので、届かないときは役場 住民課（0136-02-2001）に連絡してください。"
          "みさき町立みさき小学校（0136-02-2054）では入学前の説明会で持ち物を説明し、"
          "日本語指導の先生が週2回来ています。学用品や給食費を助ける就学援助もあります。"),
       _T("vi", "Làm thế nào để cho con vào tiểu học?",
          "Trẻ em quốc tịch nước ngoài cũng được vào học tiểu học ở thị trấn Misaki. Khoảng "
          "mùa thu năm trước khi nhập học, Ủy ban thị trấn sẽ gửi thông báo nhập học; nếu "
          "không nhận được, hãy liên hệ Phòng Cư dân (0136-02-2001). Trường tiểu học Misaki "
          "(0136-02-2054) giải thích đồ dùng cần chuẩn bị trong buổi họp trước khi nhập học, "
          "và có giáo viên dạy tiếng Nhật đến trường 2 lần mỗi tuần. Cũng có chế độ hỗ trợ "
          "tiền đồ dùng học tập và tiền ăn trưa."),
       _T("en", "How do I enrol my child in primary school?",
          "Children of foreign nationality can attend primary school in Misaki. The town hall "
          "sends school enrolment information in the autumn before the school year; if it does "
          "not arrive, contact the Residents Division (0136-02-2001). Misaki Primary School "
          "(0136-02-2054) explains what to prepare at a meeting before entry, and a Japanese "
          "language teacher visits twice a week. There is also help with school supplies and "
          "lunch fees.")),
    _e("childcare_education", 60, (_WELFARE,), (_CARD, _MYNUMBER, "申請者名義の通帳"),
       ("児童手当",),
       _T("ja", "児童手当の申請はどうすればいいですか？",
          "高校生年代までの子どもを育てている人は、児童手当をもらえます。子どもが生まれた日や"
          "みさき町に引っ越してきた日の次の日から15日以内に、役場 福祉課の子育て支援係"
          "（0136-02-2003）で申請してください。在留カード、マイナンバーカード、申請する人の"
          "名前の通帳を持って行きます。申請が遅れると、遅れた月の分はもらえません。"),
       _T("vi", "Làm thế nào để xin trợ cấp nhi đồng?",
          "Người đang nuôi con đến độ tuổi học cấp 3 được nhận trợ cấp nhi đồng. Trong vòng "
          "15 ngày kể từ ngày hôm sau ngày sinh con hoặc ngày chuyển đến thị trấn Misaki, hãy "
          "nộp đơn tại bộ phận hỗ trợ nuôi con của Phòng Phúc lợi, Ủy ban thị trấn "
          "(0136-02-2003). Mang theo thẻ cư trú, thẻ My Number và sổ ngân hàng đứng tên người "
          "nộp đơn. Nếu nộp muộn, bạn sẽ không nhận được tiền của những tháng bị muộn."),
       _T("en", "How do I apply for child allowance?",
          "Anyone raising children up to high-school age can receive child allowance. Apply "
          "at the child-rearing support section of the Welfare Division (0136-02-2003) within "
          "15 days from the day after the birth or after moving to Misaki. Bring your "
          "residence card, My Number card and a bank book in the applicant's name. If you "
          "apply late, the months you missed are not paid."),
       _T("tl", "Paano mag-apply para sa child allowance?",
          "Ang sinumang nagpapalaki ng anak hanggang edad high school ay puwedeng makatanggap "
          "ng child allowance. Mag-apply sa child-rearing support section ng Welfare Division "
          "(0136-02-2003) sa loob ng 15 araw mula sa araw pagkatapos ng panganganak o ng "
          "paglipat sa Misaki. Dalhin ang residence card, My Number card at bankbook na "
          "nakapangalan sa nag-aapply. Kapag huli ang pag-apply, hindi na babayaran ang mga "
          "buwang lumipas.")),
    # --- disaster ---
    _e("disaster", 45, (_HALL,), (), ("津波", "避難"),
       _T("ja", "津波警報が出たら、どこへ逃げればいいですか？",
          "海の近くで強い揺れを感じたり津波警報が出たりしたら、すぐに高い場所へ逃げてください。"
          "港町・東浜・西浜に住んでいる人は、汐見台か高台地区の避難場所へ歩いて逃げます。"
          "車で逃げると渋滞で動けなくなることがあります。自宅からの避難経路は、役場 住民課"
          "（0136-02-2001）で配っている多言語のハザードマップで確かめておいてください。"),
       _T("vi", "Khi có cảnh báo sóng thần, tôi phải chạy đi đâu?",
          "Nếu thấy rung lắc mạnh khi ở gần biển hoặc có cảnh báo sóng thần, hãy lập tức chạy "
          "lên chỗ cao. Người sống ở Minatomachi, Higashihama và Nishihama hãy đi bộ đến nơi "
          "sơ tán ở Shiomidai hoặc khu Takadai. Nếu chạy bằng ô tô, bạn có thể bị kẹt xe không "
          "đi được. Hãy xem trước đường sơ tán từ nhà mình trên bản đồ thiên tai đa ngôn ngữ "
          "phát tại Phòng Cư dân, Ủy ban thị trấn (0136-02-2001)."),
       _T("en", "Where do I go when there is a tsunami warning?",
          "If you feel strong shaking near the sea or a tsunami warning is issued, go to high "
          "ground at once. People in Minatomachi, Higashihama and Nishihama walk to the "
          "evacuation sites in Shiomidai or Takadai. Cars get stuck in traffic, so do not "
          "flee by car. Check the route from your home on the multilingual hazard map from "
          "the Residents Division (0136-02-2001)."),
       _T("th", "ถ้ามีประกาศเตือนภัยสึนามิ ควรหนีไปที่ไหน",
          "ถ้ารู้สึกว่าแผ่นดินไหวแรงขณะอยู่ใกล้ทะเล หรือมีประกาศเตือนภัยสึนามิ ให้รีบหนีขึ้นที่สูง"
          "ทันที ผู้ที่อาศัยอยู่ในย่านมินาโตะมาจิ ฮิงาชิฮามะ และนิชิฮามะ ให้เดินเท้าไปยังจุดอพยพที่"
          "ชิโอมิไดหรือย่านทาไกได ถ้าหนีด้วยรถยนต์อาจติดอยู่ในรถติดจนไปต่อไม่ได้ "
          "กรุณาตรวจสอบเส้นทางอพยพจากบ้านไว้ล่วงหน้าในแผนที่ภัยพิบัติหลายภาษา ซึ่งรับได้ที่"
          "แผนกทะเบียนผู้อยู่อาศัย สำนักงานเมืองมิซากิ (0136-02-2001)")),
    # --- japanese_learning ---
    _e("japanese_learning", 35, ("NPO法人みさき日本語の会",), (), ("日本語教室", "勉強"),
       _T("ja", "日本語を勉強できる教室はありますか？",
          "NPO法人みさき日本語の会（0136-04-6621）が、毎週土曜日の10時からみさき町公民館で"
          "日本語教室を開いています。初めての人も、いつからでも参加できます。仕事で土曜日に"
          "来られない人や夜勤がある人には、オンラインで学べる教材やサイトを紹介します。"),
       _T("vi", "Có lớp học tiếng Nhật không?",
          "Hội tiếng Nhật Misaki (NPO, 0136-04-6621) mở lớp tiếng Nhật vào 10 giờ sáng thứ "
          "Bảy hằng tuần tại Nhà văn hóa thị trấn Misaki. Người mới bắt đầu cũng có thể tham "
          "gia bất cứ lúc nào. Với người bận làm vào thứ Bảy hoặc làm ca đêm, chúng tôi sẽ "
          "giới thiệu tài liệu và trang web học trực tuyến."),
       _T("en", "Is there a class where I can study Japanese?",
          "The Misaki Japanese Language Society (NPO, 0136-04-6621) holds a Japanese class "
          "every Saturday from 10:00 at Misaki Community Hall. Beginners can join at any time. "
          "If work or night shifts keep you away on Saturdays, we can recommend online "
          "materials and sites."),
       _T("th", "มีห้องเรียนภาษาญี่ปุ่นไหม",
          "องค์กรไม่แสวงหาผลกำไร Misaki Nihongo no Kai (0136-04-6621) เปิดห้องเรียนภาษาญี่ปุ่น"
          "ทุกวันเสาร์ เวลา 10:00 น. ที่หอประชุมชุมชนเมืองมิซากิ ผู้ที่เพิ่งเริ่มเรียนก็เข้าร่วมได้"
          "ทุกเมื่อ ถ้ามาวันเสาร์ไม่ได้เพราะงานหรือทำงานกะกลางคืน เราจะแนะนำสื่อและเว็บไซต์สำหรับ"
          "เรียนออนไลน์ให้")),
    # --- welfare ---
    _e("welfare", 75, (_WELFARE,), (_CARD,), ("生活が苦しく", "食べ物"),
       _T("ja", "生活が苦しく、食べ物にも困っています。",
          "一人で悩まずに、役場 福祉課（0136-02-2003）に相談してください。すぐに食べる物が"
          "ないときは、フードバンクの食料を受け取れるようにします。社会福祉協議会の生活資金の"
          "貸付など、状況に合った制度を一緒に探します。使える制度は在留資格によって違うので、"
          "相談のときは在留カードを持って来てください。"),
       _T("vi", "Cuộc sống khó khăn, tôi đang thiếu cả thức ăn.",
          "Đừng một mình lo lắng, hãy liên hệ Phòng Phúc lợi, Ủy ban thị trấn (0136-02-2003). "
          "Nếu không còn gì để ăn, chúng tôi sẽ giúp bạn nhận thực phẩm từ ngân hàng thực "
          "phẩm. Chúng tôi sẽ cùng bạn tìm chế độ phù hợp, như khoản cho vay sinh hoạt của Hội "
          "đồng Phúc lợi Xã hội. Chế độ có thể dùng khác nhau tùy tư cách lưu trú, nên hãy "
          "mang theo thẻ cư trú khi đến."),
       _T("en", "Life is hard and I don't have enough to eat.",
          "Don't struggle alone: talk to the Welfare Division at the town hall "
          "(0136-02-2003). If you have nothing to eat right now, we will arrange food from the "
          "food bank. We will look together for the help that fits, such as living-cost loans "
          "from the Council of Social Welfare. What you can use depends on your status of "
          "residence, so bring your residence card.")),
    _e("welfare", 15, (_WELFARE,), (_CARD, "離職票", "賃貸借契約書"), ("家賃",),
       _T("ja", "仕事を失って、家賃が払えません。",
          "仕事を失ったり収入が大きく減ったりした人は、住居確保給付金で家賃の支援を受けられる"
          "ことがあります。役場 福祉課（0136-02-2003）で、収入や貯金の条件を一緒に確認します。"
          "在留カード、離職票、アパートの契約書を持って来てください。"),
       _T("vi", "Tôi bị mất việc và không trả được tiền nhà.",
          "Người bị mất việc hoặc thu nhập giảm mạnh có thể được hỗ trợ tiền nhà bằng trợ cấp "
          "đảm bảo nhà ở. Tại Phòng Phúc lợi, Ủy ban thị trấn (0136-02-2003), chúng tôi sẽ "
          "cùng bạn kiểm tra điều kiện về thu nhập và tiền tiết kiệm. Hãy mang theo thẻ cư "
          "trú, giấy chứng nhận nghỉ việc và hợp đồng thuê nhà."),
       _T("en", "I lost my job and cannot pay my rent.",
          "People who lost their job or much of their income may get help with rent through "
          "the housing security benefit. At the Welfare Division (0136-02-2003) we will check "
          "the income and savings conditions with you. Bring your residence card, separation "
          "slip and rental contract."),
       draft=True),
    # --- marriage_family ---
    _e("marriage_family", 55, (_HALL, _IMMIGRATION),
       ("出生証明書", "母子健康手帳", _CARD, "パスポート"), ("出生届", "生まれた"),
       _T("ja", "子どもが生まれました。どんな手続きが必要ですか？",
          "生まれた日から14日以内に、役場 住民課（0136-02-2001）に出生届を出してください。"
          "病院で書いてもらった出生証明書、母子健康手帳、両親の在留カードを持って行きます。"
          "日本国籍でない子どもは、生まれてから30日以内に北潮出入国在留管理局 浜崎出張所"
          "（0134-04-1120）で在留資格の取得を申請し、大使館で子どものパスポートも申請します。"),
       _T("vi", "Con tôi vừa chào đời. Tôi cần làm những thủ tục gì?",
          "Trong vòng 14 ngày kể từ ngày sinh, hãy nộp giấy khai sinh tại Phòng Cư dân, Ủy "
          "ban thị trấn (0136-02-2001). Mang theo giấy chứng sinh do bệnh viện cấp, sổ tay "
          "sức khỏe mẹ và bé, và thẻ cư trú của bố mẹ. Trẻ không có quốc tịch Nhật phải xin "
          "tư cách lưu trú trong vòng 30 ngày sau khi sinh tại Văn phòng Hamasaki của Cục "
          "Xuất nhập cảnh (0134-04-1120), và làm hộ chiếu cho bé tại Đại sứ quán."),
       _T("en", "Our baby has been born. What do we need to do?",
          "Within 14 days of the birth, register it at the Residents Division (0136-02-2001). "
          "Bring the birth certificate the hospital filled in, the maternal and child health "
          "handbook and both parents' residence cards. A child without Japanese nationality "
          "needs a status of residence: apply within 30 days of the birth at the Hamasaki "
          "Branch of the Immigration Services Bureau (0134-04-1120), and apply for the baby's "
          "passport at your embassy.")),
    _e("marriage_family", 180, ("法テラス北潮", _POLICE, _WELFARE), (), ("暴力", "DV"),
       _T("ja", "夫（妻）から暴力を受けています。どこに相談できますか？",
          "危険を感じたら、すぐに110番に電話してください。暴力には、たたくことだけでなく、"
          "言葉やお金で相手を支配することも含まれます。相談の秘密は守られ、役場 福祉課"
          "（0136-02-2003）が安全な場所への避難を手伝います。離婚や在留資格が心配な人は、"
          "法テラス北潮（0134-05-0770）で通訳付きの法律相談も受けられます。"),
       _T("vi", "Tôi bị chồng (vợ) bạo hành. Tôi có thể tìm đến ai?",
          "Nếu cảm thấy nguy hiểm, hãy gọi ngay số 110. Bạo lực không chỉ là đánh đập mà còn "
          "gồm cả việc khống chế người khác bằng lời nói hay tiền bạc. Bí mật của bạn được "
          "giữ kín, và Phòng Phúc lợi, Ủy ban thị trấn (0136-02-2003) sẽ giúp bạn lánh đến "
          "nơi an toàn. Nếu lo lắng về ly hôn hay tư cách lưu trú, bạn có thể được tư vấn "
          "pháp luật có phiên dịch tại Houterasu Hokucho (0134-05-0770)."),
       _T("en", "My husband (wife) is violent towards me. Who can I turn to?",
          "If you are in danger, call 110 at once. Violence is not only hitting: controlling "
          "someone with words or money is abuse too. What you tell us stays confidential, and "
          "the Welfare Division (0136-02-2003) can help you move to a safe place. If you are "
          "worried about divorce or your status of residence, Houterasu Hokucho "
          "(0134-05-0770) offers legal advice with an interpreter.")),
    # --- traffic_driving ---
    _e("traffic_driving", 400, (),
       ("母国の運転免許証", "運転免許証の翻訳文", "パスポート", "住民票の写し", "証明写真"),
       ("免許",),
       _T("ja", "母国の運転免許を日本の免許に切り替えたいです。",
          "外国の運転免許は、北潮県運転免許センターで外免切替の手続きをすると日本の免許に"
          "できます。母国の免許証と日本語の翻訳文（JAFか大使館で作成）、パスポート、国籍が"
          "書かれた住民票の写し、写真が必要です。免許を取ってから母国に3か月以上いたことを"
          "パスポートで確認されます。予約制なので、窓口で一緒に予約の方法を確認しましょう。"),
       _T("vi", "Tôi muốn đổi bằng lái xe của nước mình sang bằng lái Nhật.",
          "Bằng lái nước ngoài có thể đổi sang bằng lái Nhật qua thủ tục chuyển đổi tại Trung "
          "tâm Cấp bằng lái tỉnh Hokucho. Cần bằng lái của nước bạn kèm bản dịch tiếng Nhật "
          "(do JAF hoặc Đại sứ quán làm), hộ chiếu, bản sao phiếu cư trú có ghi quốc tịch và "
          "ảnh. Họ sẽ kiểm tra trên hộ chiếu rằng bạn đã ở nước mình từ 3 tháng trở lên sau "
          "khi lấy bằng. Cần đặt lịch hẹn trước, hãy đến quầy để cùng xem cách đặt lịch."),
       _T("en", "I want to convert my licence from home into a Japanese driving licence.",
          "A foreign licence can be converted at the Hokucho Driving Licence Centre. You need "
          "your licence with a Japanese translation (from JAF or your embassy), your passport, "
          "a copy of your residence record showing your nationality, and a photo. Your "
          "passport must show that you stayed in the issuing country for at least three "
          "months after getting the licence. It is by appointment: we can check how to book "
          "with you at the desk.")),
    # --- money_banking ---
    _e("money_banking", 85, ("みさき郵便局",), (_CARD, "社員証など勤務先がわかるもの"),
       ("口座を作り",),
       _T("ja", "銀行口座を作りたいです。",
          "みさき郵便局（0136-02-2400）で、ゆうちょ銀行の口座を作ることができます。在留"
          "カード、携帯電話の番号、社員証など勤め先がわかるものを持って行ってください。"
          "窓口は午前中が比較的空いています。日本に来てから6か月たっていない人は、送金などの"
          "サービスに制限がかかることがあります。"),
       _T("vi", "Tôi muốn mở tài khoản ngân hàng.",
          "Bạn có thể mở tài khoản ngân hàng Yucho tại Bưu điện Misaki (0136-02-2400). Hãy "
          "mang theo thẻ cư trú, số điện thoại di động và giấy tờ cho biết nơi làm việc như "
          "thẻ nhân viên. Buổi sáng quầy giao dịch thường vắng hơn. Người đến Nhật chưa được "
          "6 tháng có thể bị hạn chế một số dịch vụ như chuyển tiền."),
       _T("en", "I want to open a bank account.",
          "You can open a Japan Post Bank account at Misaki Post Office (0136-02-2400). Bring "
          "your residence card, your mobile phone number and something showing where you "
          "work, such as a staff ID. The counter is usually quieter in the morning. If you "
          "have been in Japan for less than six months, some services such as transfers may "
          "be limited."),
       _T("id", "Saya ingin membuka rekening bank.",
          "Anda bisa membuka rekening Japan Post Bank (Yucho) di Kantor Pos Misaki "
          "(0136-02-2400). Bawalah kartu izin tinggal, nomor ponsel, dan dokumen yang "
          "menunjukkan tempat kerja seperti kartu karyawan. Loket biasanya lebih sepi pada "
          "pagi hari. Jika Anda tinggal di Jepang kurang dari 6 bulan, beberapa layanan "
          "seperti pengiriman uang mungkin dibatasi.")),
    # --- translation_request ---
    _e("translation_request", 40, (_ASSOCIATION,), (), ("訳して", "読んで", "内容"),
       _T("ja", "町や会社から届いた書類の内容を訳してもらえますか？",
          "役場から届いた通知（税金、保険、学校など）は、窓口に持って来るか、SNSで写真を"
          "送ってください。CIRが内容と、いつまでに何をすればよいかをお伝えします。会社の書類や"
          "契約書など専門的なものは、北潮県国際交流協会（0134-01-9700）の翻訳支援を案内します。"
          "写真を送るときは、マイナンバーや口座番号の部分を隠してください。"),
       _T("vi", "Có thể dịch giúp tôi giấy tờ nhận được từ thị trấn hoặc công ty không?",
          "Với thông báo từ Ủy ban thị trấn (thuế, bảo hiểm, trường học...), hãy mang đến "
          "quầy hoặc chụp ảnh gửi qua mạng xã hội. CIR sẽ cho bạn biết nội dung và việc cần "
          "làm trước hạn nào. Với giấy tờ chuyên môn như giấy tờ công ty hay hợp đồng, chúng "
          "tôi sẽ giới thiệu dịch vụ hỗ trợ dịch thuật của Hiệp hội Giao lưu Quốc tế tỉnh "
          "Hokucho (0134-01-9700). Khi gửi ảnh, hãy che số My Number và số tài khoản."),
       _T("en", "Can you translate a letter I got from the town or my company?",
          "Bring notices from the town hall (tax, insurance, school and so on) to the desk or "
          "send a photo by messaging app. The CIR will tell you what they say and what to do "
          "by when. For specialist papers such as company documents or contracts, we refer "
          "you to the translation support of the Hokucho International Association "
          "(0134-01-9700). Cover your My Number and account numbers before sending a photo.")),
    _e("translation_request", 300, (_HALL, _ASSOCIATION), ("出生証明書", "婚姻証明書"),
       ("日本語訳", "翻訳"),
       _T("ja", "母国の証明書の日本語訳は、誰が作ればいいですか？",
          "役場に出す外国語の証明書（出生証明書、婚姻証明書など）には、日本語訳を付けます。"
          "翻訳は本人や家族が作ってもよく、最後に翻訳した人の名前と日付を書きます。書き方の"
          "例は役場 住民課（0136-02-2001）にあり、自分で作るのが難しいときは北潮県国際交流"
          "協会（0134-01-9700）に翻訳者を紹介してもらえます。"),
       _T("vi", "Ai có thể làm bản dịch tiếng Nhật cho giấy tờ của nước tôi?",
          "Giấy tờ tiếng nước ngoài nộp cho Ủy ban thị trấn (giấy khai sinh, giấy chứng nhận "
          "kết hôn...) phải kèm bản dịch tiếng Nhật. Bản thân bạn hoặc người nhà có thể tự "
          "dịch, cuối bản dịch ghi tên người dịch và ngày dịch. Phòng Cư dân (0136-02-2001) "
          "có bản mẫu; nếu tự dịch khó, Hiệp hội Giao lưu Quốc tế tỉnh Hokucho "
          "(0134-01-9700) có thể giới thiệu người dịch."),
       _T("en", "Who can make the Japanese translation of a certificate from my country?",
          "Foreign-language certificates handed in at the town hall (birth, marriage and so "
          "on) need a Japanese translation. You or your family may translate it yourselves, "
          "ending with the translator's name and the date. The Residents Division "
          "(0136-02-2001) has examples; if it is too hard, the Hokucho International "
          "Association (0134-01-9700) can introduce a translator.")),
    # --- procedures_town ---
    _e("procedures_town", 20, (_HALL,), ("課税証明書", "納税証明書", _CARD, _MYNUMBER),
       ("課税証明書",),
       _T("ja", "在留期間の更新に使う課税証明書と納税証明書は、どこで取れますか？",
          "課税証明書と納税証明書は、その年の1月1日に住んでいた市町村で発行されます。みさき町"
          "に住んでいた人は、役場1階の税務課の窓口で、在留カードを見せて申請してください。"
          "手数料は1通300円です。マイナンバーカードがあれば、コンビニでも取れます。"),
       _T("vi", "Lấy giấy chứng nhận thuế và giấy chứng nhận đã nộp thuế để gia hạn lưu trú "
          "ở đâu?",
          "Giấy chứng nhận thuế và giấy chứng nhận đã nộp thuế do thành phố, thị trấn nơi bạn "
          "sống vào ngày 1 tháng 1 năm đó cấp. Nếu khi đó bạn sống ở Misaki, hãy xuất trình "
          "thẻ cư trú và làm đơn tại Phòng Thuế ở tầng 1 Ủy ban thị trấn. Lệ phí là 300 yên "
          "mỗi bản. Nếu có thẻ My Number, bạn cũng có thể lấy ở cửa hàng tiện lợi."),
       _T("en", "Where do I get the tax certificates I need to extend my stay?",
          "The tax certificate and the certificate of tax payment are issued by the "
          "municipality where you lived on 1 January of that year. If that was Misaki, apply "
          "at the Tax Division on the ground floor of the town hall, showing your residence "
          "card. The fee is 300 yen per copy. With a My Number card you can also print them "
          "at a convenience store.")),
    _e("procedures_town", 65, (_HALL,), (_CARD, "パスポート", "転出証明書", _MYNUMBER),
       ("転入",),
       _T("ja", "みさき町に引っ越してきました。どんな手続きが必要ですか？",
          "引っ越してきた日から14日以内に、役場 住民課（0136-02-2001）に転入届を出して"
          "ください。在留カード、パスポート、前の市町村の転出証明書（マイナンバーカードで転出"
          "した人は不要）、家族全員のマイナンバーカードを持って行きます。国民健康保険や年金、"
          "子どもの手当や学校の手続きも同じ日にできます。"),
       _T("vi", "Tôi vừa chuyển đến thị trấn Misaki. Tôi cần làm thủ tục gì?",
          "Trong vòng 14 ngày kể từ ngày chuyển đến, hãy nộp thông báo chuyển đến tại Phòng "
          "Cư dân, Ủy ban thị trấn (0136-02-2001). Mang theo thẻ cư trú, hộ chiếu, giấy chứng "
          "nhận chuyển đi của nơi ở cũ (không cần nếu đã làm thủ tục chuyển đi bằng thẻ My "
          "Number) và thẻ My Number của cả gia đình. Các thủ tục bảo hiểm y tế quốc dân, lương "
          "hưu, trợ cấp cho con và trường học cũng có thể làm luôn trong ngày."),
       _T("en", "I have just moved to Misaki. What do I need to do?",
          "Within 14 days of moving, file a moving-in notice at the Residents Division "
          "(0136-02-2001). Bring your residence card, passport, the moving-out certificate "
          "from your previous municipality (not needed if you moved out with your My Number "
          "card) and the My Number cards of the whole family. Health insurance, pension, "
          "child allowance and school can be done the same day.")),
    _e("procedures_town", 10, (_HALL,), (_MYNUMBER, _CARD), ("暗証番号",),
       _T("ja", "マイナンバーカードの暗証番号を忘れました。",
          "暗証番号は、役場 住民課（0136-02-2001）の窓口で再設定できます。本人がマイナンバー"
          "カードと在留カードを持って来てください。数字4桁の暗証番号は、3回続けて間違えると"
          "ロックされます。"),
       _T("vi", "Tôi quên mã PIN của thẻ My Number.",
          "Bạn có thể đặt lại mã PIN tại quầy của Phòng Cư dân, Ủy ban thị trấn "
          "(0136-02-2001). Hãy tự mình mang thẻ My Number và thẻ cư trú đến. Mã PIN 4 chữ số "
          "sẽ bị khóa nếu nhập sai 3 lần liên tiếp."),
       _T("en", "I have forgotten the PIN of my My Number card.",
          "The PIN can be reset at the Residents Division counter (0136-02-2001). Come in "
          "person with your My Number card and residence card. The 4-digit PIN locks after "
          "three wrong tries in a row."),
       draft=True),
    # --- mental_health ---
    _e("mental_health", 90, (_ASSOCIATION, _HEALTH, _HOSPITAL), (),
       ("母語で相談", "ストレス", "落ち込む", "眠れない"),
       _T("ja", "気持ちがつらいとき、母語で相談できるところはありますか？",
          "北潮県国際交流協会（0134-01-9700）の多言語相談窓口では、平日10時～17時に、"
          "ベトナム語やタガログ語など10の外国語で、電話やオンラインの相談ができます。"
          "眠れない、気分が落ち込むなどが2週間以上続くときは、みさき町保健センター"
          "（0136-02-2315）の保健師に相談してください。通訳を手配し、必要なら浜崎市立病院"
          "などを紹介します。"),
       _T("vi", "Khi thấy buồn phiền, có nơi nào tư vấn bằng tiếng mẹ đẻ không?",
          "Quầy tư vấn đa ngôn ngữ của Hiệp hội Giao lưu Quốc tế tỉnh Hokucho (0134-01-9700) "
          "tư vấn qua điện thoại hoặc trực tuyến bằng 10 ngoại ngữ, trong đó có tiếng Việt và "
          "tiếng Tagalog, từ 10 giờ đến 17 giờ các ngày thường. Nếu mất ngủ hay buồn chán kéo "
          "dài hơn 2 tuần, hãy trao đổi với y tá cộng đồng của Trung tâm Y tế thị trấn Misaki "
          "(0136-02-2315). Họ sẽ sắp xếp phiên dịch và giới thiệu đến Bệnh viện thành phố "
          "Hamasaki nếu cần."),
       _T("en", "When I feel low, is there somewhere I can talk in my own language?",
          "The multilingual desk of the Hokucho International Association (0134-01-9700) "
          "takes calls and online consultations in ten foreign languages, including "
          "Vietnamese and Tagalog, on weekdays 10:00–17:00. If you cannot sleep or feel down "
          "for more than two weeks, talk to a public health nurse at Misaki Town Health "
          "Centre (0136-02-2315), who will arrange an interpreter and refer you to Hamasaki "
          "City Hospital if needed.")),
    # --- other ---
    _e("other", 730, (_HALL,), (), ("犬",),
       _T("ja", "犬を飼い始めました。届出は必要ですか？",
          "生後91日以上の犬を飼い始めたら、30日以内に役場 住民課（0136-02-2001）で犬の"
          "登録をしてください。登録すると鑑札がもらえるので、首輪に付けます。毎年1回、狂犬病"
          "の予防注射を受けさせることも法律で決まっていて、春に町の集団接種があります。"),
       _T("vi", "Tôi mới nuôi chó. Có cần đăng ký không?",
          "Khi bắt đầu nuôi chó từ 91 ngày tuổi trở lên, trong vòng 30 ngày hãy đăng ký tại "
          "Phòng Cư dân, Ủy ban thị trấn (0136-02-2001). Khi đăng ký bạn sẽ nhận được thẻ "
          "bài, hãy đeo vào vòng cổ của chó. Theo luật, mỗi năm chó phải được tiêm phòng dại "
          "một lần; thị trấn tổ chức tiêm tập trung vào mùa xuân."),
       _T("en", "I have got a dog. Do I need to register it?",
          "Register any dog aged 91 days or more within 30 days at the Residents Division "
          "(0136-02-2001). You receive a licence tag to fix to its collar. By law the dog "
          "also needs a rabies vaccination once a year; the town holds group vaccinations in "
          "spring.")),
)
