"""Data for the demo town (みさき町 / Misaki Town): names, organisations and record texts.

Everything here is fictional. Phone numbers use a local exchange that starts with 0
(e.g. 0136-01-2345), which is never assigned in Japan."""

from typing import NamedTuple


class NamePart(NamedTuple):
    native: str  # in the person's own script
    latin: str  # Latin letters as in the passport, without diacritics
    kana: str  # katakana reading, as a Japanese town hall would write it


_P = NamePart


def _L(latin: str, kana: str) -> NamePart:
    """A name in Latin script (Indonesian, Filipino): native and latin are the same."""
    return NamePart(latin, latin, kana)


FAMILY_NAMES: dict[str, tuple[NamePart, ...]] = {
    "VN": (
        _P("Nguyễn", "Nguyen", "グエン"), _P("Trần", "Tran", "チャン"), _P("Lê", "Le", "レ"),
        _P("Phạm", "Pham", "ファム"), _P("Hoàng", "Hoang", "ホアン"),
        _P("Huỳnh", "Huynh", "フイン"), _P("Phan", "Phan", "ファン"), _P("Vũ", "Vu", "ヴー"),
        _P("Võ", "Vo", "ヴォー"), _P("Đặng", "Dang", "ダン"), _P("Bùi", "Bui", "ブイ"),
        _P("Đỗ", "Do", "ドー"), _P("Hồ", "Ho", "ホー"), _P("Ngô", "Ngo", "ゴー"),
        _P("Dương", "Duong", "ズオン"), _P("Lý", "Ly", "リー"), _P("Đinh", "Dinh", "ディン"),
        _P("Trương", "Truong", "チュオン"),
    ),
    "ID": (
        _L("Saputra", "サプトラ"), _L("Wijaya", "ウィジャヤ"), _L("Pratama", "プラタマ"),
        _L("Lestari", "レスタリ"), _L("Setiawan", "セティアワン"), _L("Hidayat", "ヒダヤット"),
        _L("Kurniawan", "クルニアワン"), _L("Santoso", "サントソ"), _L("Nugroho", "ヌグロホ"),
        _L("Susanto", "スサント"), _L("Wibowo", "ウィボウォ"), _L("Gunawan", "グナワン"),
        _L("Siregar", "シレガル"), _L("Hakim", "ハキム"), _L("Permana", "プルマナ"),
        _L("Rahmawati", "ラフマワティ"), _L("Purnomo", "プルノモ"), _L("Sari", "サリ"),
    ),
    "PH": (
        _L("Santos", "サントス"), _L("Reyes", "レイエス"), _L("Cruz", "クルス"),
        _L("Bautista", "バウティスタ"), _L("Garcia", "ガルシア"), _L("Mendoza", "メンドーサ"),
        _L("Ramos", "ラモス"), _L("Aquino", "アキノ"), _L("Castillo", "カスティーヨ"),
        _L("Villanueva", "ビジャヌエバ"), _L("Dela Cruz", "デラクルス"),
        _L("Gonzales", "ゴンザレス"), _L("Flores", "フローレス"), _L("Torres", "トーレス"),
        _L("Fernandez", "フェルナンデス"), _L("Navarro", "ナバロ"), _L("Lopez", "ロペス"),
        _L("Rivera", "リベラ"),
    ),
    "TH": (
        _P("สมบูรณ์", "Somboon", "ソムブーン"), _P("ศรีสุข", "Srisuk", "シースック"),
        _P("แสงทอง", "Saengthong", "セーントーン"), _P("ทองดี", "Thongdee", "トーンディー"),
        _P("บุญมา", "Boonma", "ブンマー"), _P("สุขสวัสดิ์", "Suksawat", "スックサワット"),
        _P("วงศ์สวัสดิ์", "Wongsawat", "ウォンサワット"), _P("ใจดี", "Jaidee", "チャイディー"),
        _P("แก้วมณี", "Kaewmanee", "ケーオマニー"), _P("รัตนพันธ์", "Rattanaphan", "ラッタナパン"),
        _P("ศรีวงศ์", "Sriwong", "シーウォン"), _P("พรหมมา", "Phromma", "プロムマー"),
        _P("จันทร์เพ็ญ", "Chanphen", "チャンペン"), _P("มีสุข", "Meesuk", "ミースック"),
        _P("บุญเรือง", "Boonruang", "ブンルアン"), _P("ทองคำ", "Thongkham", "トーンカム"),
        _P("เพชรรัตน์", "Phetcharat", "ペッチャラット"), _P("อินทร์แก้ว", "Inkaew", "インケーオ"),
    ),
    # Burmese names have no family name. Here the first part of the name stands in as the
    # "family name" and the rest as the "given name"; native_full_name() joins them.
    "MM": (
        _P("အောင်", "Aung", "アウン"), _P("မောင်", "Maung", "マウン"), _P("ခင်", "Khin", "キン"),
        _P("သီတာ", "Thida", "ティダー"), _P("ဇော်", "Zaw", "ゾー"), _P("ကျော်", "Kyaw", "チョー"),
        _P("မြင့်", "Myint", "ミン"), _P("မြ", "Mya", "ミャ"), _P("သန်း", "Than", "タン"),
        _P("ထွန်း", "Htun", "トゥン"), _P("စန္ဒာ", "Sandar", "サンダー"), _P("ဝင်း", "Win", "ウィン"),
        _P("ဆု", "Su", "スー"), _P("ဟိန်း", "Hein", "ヘイン"), _P("ဖြိုး", "Phyo", "ピョー"),
        _P("သက်", "Thet", "テッ"), _P("စိုး", "Soe", "ソー"), _P("နန္ဒာ", "Nandar", "ナンダー"),
    ),
    "CN": (
        _P("王", "Wang", "ワン"), _P("李", "Li", "リー"), _P("张", "Zhang", "ジャン"),
        _P("刘", "Liu", "リウ"), _P("陈", "Chen", "チェン"), _P("杨", "Yang", "ヤン"),
        _P("赵", "Zhao", "ジャオ"), _P("黄", "Huang", "ホアン"), _P("周", "Zhou", "ジョウ"),
        _P("吴", "Wu", "ウー"), _P("徐", "Xu", "シュー"), _P("孙", "Sun", "スン"),
        _P("马", "Ma", "マー"), _P("朱", "Zhu", "ジュー"), _P("胡", "Hu", "フー"),
        _P("郭", "Guo", "グオ"), _P("何", "He", "ホー"), _P("林", "Lin", "リン"),
        _P("高", "Gao", "ガオ"), _P("罗", "Luo", "ルオ"),
    ),
    "NP": (
        _P("श्रेष्ठ", "Shrestha", "シュレスタ"), _P("गुरुङ", "Gurung", "グルン"),
        _P("तामाङ", "Tamang", "タマン"), _P("थापा", "Thapa", "タパ"), _P("मगर", "Magar", "マガル"),
        _P("राई", "Rai", "ライ"), _P("लिम्बू", "Limbu", "リンブー"),
        _P("अधिकारी", "Adhikari", "アディカリ"), _P("पौडेल", "Poudel", "ポウデル"),
        _P("भट्टराई", "Bhattarai", "バッタライ"), _P("खड्का", "Khadka", "カドカ"),
        _P("बस्नेत", "Basnet", "バスネット"), _P("कार्की", "Karki", "カルキ"),
        _P("घिमिरे", "Ghimire", "ギミレ"), _P("शर्मा", "Sharma", "シャルマ"),
        _P("महर्जन", "Maharjan", "マハルジャン"), _P("आचार्य", "Acharya", "アチャリヤ"),
        _P("पाण्डे", "Pandey", "パンデ"),
    ),
}

GIVEN_NAMES: dict[str, tuple[NamePart, ...]] = {
    # Vietnamese: middle name and given name together (e.g. "Thị Lan").
    "VN": (
        _P("Thị Lan", "Thi Lan", "ティラン"), _P("Văn Hùng", "Van Hung", "ヴァンフン"),
        _P("Minh Anh", "Minh Anh", "ミンアイン"), _P("Thu Trang", "Thu Trang", "トゥーチャン"),
        _P("Thị Hương", "Thi Huong", "ティフオン"), _P("Văn Nam", "Van Nam", "ヴァンナム"),
        _P("Đức Anh", "Duc Anh", "ドゥックアイン"), _P("Thị Mai", "Thi Mai", "ティマイ"),
        _P("Văn Tuấn", "Van Tuan", "ヴァントゥアン"), _P("Thị Hằng", "Thi Hang", "ティハン"),
        _P("Quốc Huy", "Quoc Huy", "クオックフイ"), _P("Ngọc Ánh", "Ngoc Anh", "ゴックアイン"),
        _P("Thanh Hà", "Thanh Ha", "タインハー"), _P("Văn Long", "Van Long", "ヴァンロン"),
        _P("Thị Thảo", "Thi Thao", "ティタオ"), _P("Minh Tuấn", "Minh Tuan", "ミントゥアン"),
        _P("Thị Huyền", "Thi Huyen", "ティフエン"), _P("Văn Đức", "Van Duc", "ヴァンドゥック"),
        _P("Thị Nhung", "Thi Nhung", "ティニュン"), _P("Văn Thắng", "Van Thang", "ヴァンタン"),
        _P("Thị Linh", "Thi Linh", "ティリン"), _P("Xuân Trường", "Xuan Truong", "スアンチュオン"),
        _P("Thị Yến", "Thi Yen", "ティイエン"), _P("Văn Hiếu", "Van Hieu", "ヴァンヒエウ"),
        _P("Thị Loan", "Thi Loan", "ティロアン"), _P("Hữu Phước", "Huu Phuoc", "フーフオック"),
        _P("Bảo Ngọc", "Bao Ngoc", "バオゴック"), _P("Văn Khánh", "Van Khanh", "ヴァンカイン"),
        _P("Thị Quỳnh", "Thi Quynh", "ティクイン"), _P("Gia Huy", "Gia Huy", "ザーフイ"),
    ),
    "ID": (
        _L("Budi", "ブディ"), _L("Siti", "シティ"), _L("Agus", "アグス"), _L("Dewi", "デウィ"),
        _L("Rizky", "リズキ"), _L("Ahmad", "アフマド"), _L("Putri", "プトゥリ"),
        _L("Andi", "アンディ"), _L("Nur", "ヌル"), _L("Eko", "エコ"), _L("Fitri", "フィトリ"),
        _L("Dian", "ディアン"), _L("Indah", "インダ"), _L("Yusuf", "ユスフ"), _L("Wahyu", "ワフユ"),
        _L("Ayu", "アユ"), _L("Rina", "リナ"), _L("Arif", "アリフ"), _L("Ilham", "イルハム"),
        _L("Dimas", "ディマス"), _L("Ratna", "ラトナ"), _L("Bayu", "バユ"), _L("Anisa", "アニサ"),
        _L("Fajar", "ファジャル"), _L("Hendra", "ヘンドラ"), _L("Sri", "スリ"),
        _L("Taufik", "タウフィック"), _L("Intan", "インタン"),
    ),
    "PH": (
        _L("Maria", "マリア"), _L("Jose", "ホセ"), _L("Angelica", "アンジェリカ"),
        _L("Mark", "マーク"), _L("John Paul", "ジョンポール"), _L("Kristine", "クリスティン"),
        _L("Mary Joy", "メリージョイ"), _L("Michael", "マイケル"), _L("Jennifer", "ジェニファー"),
        _L("Rowena", "ロウェナ"), _L("Ricardo", "リカルド"), _L("Joshua", "ジョシュア"),
        _L("Princess", "プリンセス"), _L("Ronaldo", "ロナルド"), _L("Maricel", "マリセル"),
        _L("Jericho", "ジェリコ"), _L("Lourdes", "ルルデス"), _L("Rodel", "ロデル"),
        _L("Cristina", "クリスティーナ"), _L("Jasmine", "ジャスミン"), _L("Carlo", "カルロ"),
        _L("Analyn", "アナリン"), _L("Jonathan", "ジョナサン"), _L("Marites", "マリテス"),
        _L("Kevin", "ケビン"), _L("Lovely", "ラブリー"), _L("Roberto", "ロベルト"),
    ),
    "TH": (
        _P("สมชาย", "Somchai", "ソムチャイ"), _P("นภา", "Napha", "ナパー"),
        _P("สมศรี", "Somsri", "ソムシー"), _P("วิไล", "Wilai", "ウィライ"),
        _P("สุดารัตน์", "Sudarat", "スダーラット"), _P("กาญจนา", "Kanchana", "カンチャナー"),
        _P("อนุชา", "Anucha", "アヌチャー"), _P("ธนพล", "Thanaphon", "タナポン"),
        _P("ณัฐพล", "Natthaphon", "ナッタポン"), _P("พิมพ์ชนก", "Phimchanok", "ピムチャノック"),
        _P("ศิริพร", "Siriporn", "シリポーン"), _P("มาลัย", "Malai", "マーライ"),
        _P("บุญมี", "Boonmee", "ブンミー"), _P("สุนทร", "Sunthon", "スントーン"),
        _P("อรุณี", "Arunee", "アルニー"), _P("จันทร์จิรา", "Chanchira", "チャンチラー"),
        _P("วีระ", "Weera", "ウィーラ"), _P("ปิยะ", "Piya", "ピヤ"),
        _P("นิตยา", "Nittaya", "ニッタヤー"), _P("สมพร", "Somporn", "ソムポーン"),
        _P("รัตนา", "Rattana", "ラッタナー"), _P("เกศินี", "Kesinee", "ケーシニー"),
        _P("ชัยวัฒน์", "Chaiwat", "チャイワット"), _P("กิตติ", "Kitti", "キッティ"),
        _P("ปรีชา", "Preecha", "プリーチャー"), _P("อัมพร", "Amporn", "アムポーン"),
        _P("ธีรพงษ์", "Teerapong", "ティーラポン"),
    ),
    # Burmese: the rest of the name after the part used in FAMILY_NAMES["MM"].
    "MM": (
        _P("ကျော်ဝင်း", "Kyaw Win", "チョーウィン"), _P("မျိုးမင်း", "Myo Min", "ミョーミン"),
        _P("ဇော်ဦး", "Zaw Oo", "ゾーウー"), _P("သူဇာ", "Thu Zar", "トゥーザー"),
        _P("မြတ်နိုး", "Myat Noe", "ミャッノー"), _P("နွယ်နီ", "Nwe Ni", "ヌエニー"),
        _P("ထက်ထက်", "Htet Htet", "テッテッ"), _P("ကိုကို", "Ko Ko", "コーコー"),
        _P("စန်းစန်း", "San San", "サンサン"), _P("မင်းထွန်း", "Min Htun", "ミントゥン"),
        _P("ဖြိုးဝေ", "Phyo Wai", "ピョーウェー"), _P("ဝင်းနိုင်", "Win Naing", "ウィンナイン"),
        _P("အေးအေး", "Aye Aye", "エーエー"), _P("ချိုမာ", "Cho Mar", "チョーマー"),
        _P("သက်နိုင်", "Thet Naing", "テッナイン"), _P("နိုင်လင်း", "Naing Lin", "ナインリン"),
        _P("လှလှ", "Hla Hla", "フラフラ"), _P("ဆုမြတ်", "Su Myat", "スーミャッ"),
        _P("မြင့်မြင့်", "Myint Myint", "ミンミン"), _P("ထွန်းထွန်း", "Tun Tun", "トゥントゥン"),
        _P("စိုးမိုး", "Soe Moe", "ソーモー"), _P("ပိုပို", "Po Po", "ポーポー"),
        _P("သန္တာ", "Thandar", "タンダー"), _P("ကောင်းထက်", "Kaung Htet", "カウンテッ"),
        _P("ပြည့်ဖြိုး", "Pyae Phyo", "ピェーピョー"), _P("ယဉ်ယဉ်", "Yin Yin", "インイン"),
        _P("မိုးမိုး", "Moe Moe", "モーモー"), _P("ဝေယံ", "Wai Yan", "ウェーヤン"),
    ),
    "CN": (
        _P("伟", "Wei", "ウェイ"), _P("芳", "Fang", "ファン"), _P("娜", "Na", "ナー"),
        _P("秀英", "Xiuying", "シウイン"), _P("敏", "Min", "ミン"), _P("静", "Jing", "ジン"),
        _P("丽", "Li", "リー"), _P("强", "Qiang", "チアン"), _P("磊", "Lei", "レイ"),
        _P("军", "Jun", "ジュン"), _P("洋", "Yang", "ヤン"), _P("勇", "Yong", "ヨン"),
        _P("艳", "Yan", "イエン"), _P("杰", "Jie", "ジエ"), _P("娟", "Juan", "ジュエン"),
        _P("涛", "Tao", "タオ"), _P("明", "Ming", "ミン"), _P("超", "Chao", "チャオ"),
        _P("秀兰", "Xiulan", "シウラン"), _P("霞", "Xia", "シア"), _P("平", "Ping", "ピン"),
        _P("刚", "Gang", "ガン"), _P("桂英", "Guiying", "グイイン"),
        _P("婷婷", "Tingting", "ティンティン"), _P("浩然", "Haoran", "ハオラン"),
        _P("子涵", "Zihan", "ズーハン"), _P("欣怡", "Xinyi", "シンイー"),
        _P("海燕", "Haiyan", "ハイイエン"), _P("建华", "Jianhua", "ジエンホア"),
        _P("玉兰", "Yulan", "ユーラン"),
    ),
    "NP": (
        _P("राम", "Ram", "ラム"), _P("सीता", "Sita", "シータ"), _P("हरि", "Hari", "ハリ"),
        _P("कृष्ण", "Krishna", "クリシュナ"), _P("सुमन", "Suman", "スマン"),
        _P("गीता", "Gita", "ギータ"), _P("सुनिता", "Sunita", "スニタ"), _P("अनिल", "Anil", "アニル"),
        _P("दीपक", "Dipak", "ディパク"), _P("रमेश", "Ramesh", "ラメシュ"),
        _P("सरिता", "Sarita", "サリタ"), _P("प्रकाश", "Prakash", "プラカシュ"),
        _P("मनिषा", "Manisha", "マニシャ"), _P("सागर", "Sagar", "サガル"),
        _P("पूजा", "Puja", "プジャ"), _P("अनिता", "Anita", "アニタ"),
        _P("सुरेश", "Suresh", "スレシュ"), _P("लक्ष्मी", "Laxmi", "ラクシュミ"),
        _P("राजेश", "Rajesh", "ラジェシュ"), _P("कमला", "Kamala", "カマラ"),
        _P("विष्णु", "Bishnu", "ビシュヌ"), _P("निर्मला", "Nirmala", "ニルマラ"),
        _P("सन्तोष", "Santosh", "サントシュ"), _P("आशा", "Asha", "アシャ"),
        _P("रोशन", "Roshan", "ロシャン"), _P("सबिना", "Sabina", "サビナ"),
        _P("प्रमिला", "Pramila", "プラミラ"), _P("सुशील", "Sushil", "スシル"),
    ),
}

# Brazilians and Peruvians (many of them Nikkei, on long-term or permanent status): the
# family name is two surnames, the Latin form is the passport's, without diacritics.
FAMILY_NAMES["BR"] = (
    _P("Gonçalves Ferreira", "Goncalves Ferreira", "ゴンサウヴェス フェヘイラ"),
    _P("Araújo Lima", "Araujo Lima", "アラウージョ リマ"),
    _P("Conceição Oliveira", "Conceicao Oliveira", "コンセイサォン オリヴェイラ"),
    _P("Simões Pereira", "Simoes Pereira", "シモンエス ペレイラ"),
    _P("Magalhães Costa", "Magalhaes Costa", "マガリャンエス コスタ"),
    _P("Assunção Rodrigues", "Assuncao Rodrigues", "アスンサォン ホドリゲス"),
    _P("Nakamura Gonçalves", "Nakamura Goncalves", "ナカムラ ゴンサウヴェス"),
    _P("Higa Araújo", "Higa Araujo", "ヒガ アラウージョ"),
    _P("Guimarães Santos", "Guimaraes Santos", "ギマランエス サントス"),
    _P("Brandão Ribeiro", "Brandao Ribeiro", "ブランダォン ヒベイロ"),
)
GIVEN_NAMES["BR"] = (
    _P("João Pedro", "Joao Pedro", "ジョアン ペドロ"), _P("Letícia", "Leticia", "レチシア"),
    _P("Vitória", "Vitoria", "ヴィトリア"), _P("Mônica", "Monica", "モニカ"),
    _P("Antônio", "Antonio", "アントニオ"), _P("Júlia", "Julia", "ジュリア"),
    _P("Sérgio", "Sergio", "セルジオ"), _P("Patrícia", "Patricia", "パトリシア"),
    _P("Flávio", "Flavio", "フラヴィオ"), _P("Cássia", "Cassia", "カシア"),
    _P("Luís Henrique", "Luis Henrique", "ルイス エンヒッキ"), _P("Márcia", "Marcia", "マルシア"),
)
FAMILY_NAMES["PE"] = (
    _P("Quispe Mamani", "Quispe Mamani", "キスペ ママニ"),
    _P("García Flores", "Garcia Flores", "ガルシア フローレス"),
    _P("Rodríguez Huamán", "Rodriguez Huaman", "ロドリゲス ワマン"),
    _P("Pérez Chávez", "Perez Chavez", "ペレス チャベス"),
    _P("Sánchez Ramírez", "Sanchez Ramirez", "サンチェス ラミレス"),
    _P("Gutiérrez Núñez", "Gutierrez Nunez", "グティエレス ヌニェス"),
    _P("Fernández Ríos", "Fernandez Rios", "フェルナンデス リオス"),
    _P("Vásquez Cáceres", "Vasquez Caceres", "バスケス カセレス"),
    _P("Higa Mendoza", "Higa Mendoza", "ヒガ メンドーサ"),
    _P("Tamashiro López", "Tamashiro Lopez", "タマシロ ロペス"),
)
GIVEN_NAMES["PE"] = (
    _P("José Luis", "Jose Luis", "ホセ ルイス"), _P("María Elena", "Maria Elena", "マリア エレナ"),
    _P("Jesús", "Jesus", "ヘスス"), _P("Rocío", "Rocio", "ロシオ"),
    _P("Víctor", "Victor", "ビクトル"), _P("Inés", "Ines", "イネス"),
    _P("Andrés", "Andres", "アンドレス"), _P("Sofía", "Sofia", "ソフィア"),
    _P("Raúl", "Raul", "ラウル"), _P("Ángela", "Angela", "アンヘラ"),
    _P("Héctor", "Hector", "エクトル"), _P("Verónica", "Veronica", "ベロニカ"),
)

NATIONALITY_WEIGHTS: dict[str, int] = {
    "VN": 35, "ID": 15, "PH": 15, "CN": 12, "MM": 10, "TH": 7, "NP": 6,
}
# Drawn apart from NATIONALITY_WEIGHTS (app/demo.py): about 1 resident in 12 becomes
# Brazilian or Peruvian, and the rest of the town stays as it was before they came.
LATIN_AMERICAN_WEIGHTS: dict[str, int] = {"BR": 60, "PE": 40}
LATIN_AMERICAN_SHARE = 1 / 12
NATIVE_LANGUAGE: dict[str, str] = {
    "VN": "vi", "ID": "id", "PH": "tl", "TH": "th", "MM": "my", "CN": "zh", "NP": "ne",
}
LATIN_AMERICAN_LANGUAGE: dict[str, str] = {"BR": "pt", "PE": "es"}

RESIDENCE_STATUS_CODES: tuple[str, ...] = (
    "technical_intern_training", "specified_skilled_worker", "employment_for_skill_development",
    "engineer_humanities_international", "student", "dependent", "permanent_resident",
    "spouse_of_japanese", "long_term_resident", "designated_activities",
)


def _statuses(*weights: int) -> dict[str, int]:
    """Weights in the order of RESIDENCE_STATUS_CODES."""
    return dict(zip(RESIDENCE_STATUS_CODES, weights, strict=True))


# Designated activities covers EPA nurses/care workers (ID, PH, VN) and emergency measures (MM).
RESIDENCE_STATUS_WEIGHTS: dict[str, dict[str, int]] = {
    #              TIT SSW ESD EHI STU DEP  PR SPJ LTR  DA
    "VN": _statuses(40, 30, 3, 8, 5, 4, 4, 2, 1, 3),
    "ID": _statuses(38, 35, 3, 3, 2, 3, 2, 2, 1, 6),
    "PH": _statuses(10, 14, 1, 4, 1, 5, 25, 25, 12, 3),
    "TH": _statuses(25, 22, 1, 6, 3, 4, 12, 15, 4, 3),
    "MM": _statuses(38, 35, 3, 4, 3, 3, 1, 1, 1, 11),
    "CN": _statuses(20, 8, 1, 12, 5, 8, 25, 10, 8, 3),
    "NP": _statuses(6, 25, 1, 12, 15, 25, 3, 2, 3, 8),
    "BR": _statuses(1, 3, 0, 2, 1, 6, 45, 10, 30, 2),
    "PE": _statuses(1, 4, 0, 2, 1, 6, 45, 10, 28, 3),
}

TOWN_NAME_JA = "みさき町"
TOWN_NAME_EN = "Misaki Town"
DISTRICTS: tuple[str, ...] = (
    "本町", "港町", "東浜", "西浜", "北浜", "岬", "汐見台", "松原", "大沢", "高台", "川口",
)
EMPLOYERS: tuple[str, ...] = (
    "みさき水産加工株式会社", "有限会社北浜酪農", "特別養護老人ホームはまなす",
    "みさき漁業協同組合", "株式会社東浜ほたて", "大沢牧場株式会社", "松原デイリーファーム合同会社",
    "介護老人保健施設しおさい", "グループホームかもめ", "みさき岬温泉ホテル", "株式会社みさき縫製",
    "有限会社丸浜水産", "株式会社みさき食品", "港町冷凍株式会社", "株式会社高台建設",
    "有限会社川口農園",
)


class DemoOrganisation(NamedTuple):
    name: str
    kind: str  # an org_kind code
    phone: str
    address: str
    languages: tuple[str, ...]  # ISO 639-1
    interpreter_available: bool
    notes: str  # Japanese, one short sentence


_O = DemoOrganisation
_CITY = "北潮県浜崎市"  # the fictional prefecture and the nearest city
_TOWN = "北潮県汐見郡みさき町"

ORGANISATIONS: tuple[DemoOrganisation, ...] = (
    _O("浜崎市立病院", "hospital", "0134-02-3111", f"{_CITY}栄町3-2-1",
       ("ja", "en", "vi", "zh"), True, "ベトナム語の医療通訳は火曜・木曜のみ（要予約）。"),
    _O("みさき町立診療所", "hospital", "0136-02-2211", f"{_TOWN}本町2-8-3", ("ja", "en"), False,
       "英語は医師が対応可、その他の言語はタブレット通訳を利用。"),
    _O("はまかぜレディースクリニック", "hospital", "0134-03-5520", f"{_CITY}緑町1-14-6",
       ("ja", "en"), False, "妊婦健診は予約制で、英語の問診票がある。"),
    _O("北潮出入国在留管理局 浜崎出張所", "immigration", "0134-04-1120",
       f"{_CITY}港通5-1 浜崎合同庁舎3階", ("ja", "en"), False,
       "申請の受付は平日9時～12時、13時～16時。"),
    _O("ハローワーク浜崎", "hello_work", "0134-02-8609", f"{_CITY}栄町6-3-12",
       ("ja", "en", "vi"), True, "外国人雇用サービスコーナーは水曜午後にベトナム語通訳あり。"),
    _O("浜崎労働基準監督署", "labour_office", "0134-04-3300", f"{_CITY}港通5-1 浜崎合同庁舎2階",
       ("ja",), False, "多言語の相談は外国人労働者向け相談ダイヤルを案内している。"),
    _O("みさき水産加工株式会社", "employer", "0136-03-4125", f"{_TOWN}港町1-5",
       ("ja", "vi", "id"), True, "実習生の担当は総務課で、ベトナム人の通訳スタッフが常駐。"),
    _O("有限会社北浜酪農", "employer", "0136-05-7718", f"{_TOWN}北浜312", ("ja",), False,
       "連絡は夕方の搾乳が終わる18時以降が確実。"),
    _O("公益財団法人北潮県国際交流協会", "international_association", "0134-01-9700",
       f"{_CITY}中央1-1-1 国際交流プラザ2階",
       ("ja", "en", "vi", "zh", "tl", "id", "th", "my", "ne", "pt", "ko"), True,
       "多言語相談窓口は平日10時～17時で、電話・オンライン相談も可。"),
    _O("みさき町立みさき小学校", "school", "0136-02-2054", f"{_TOWN}本町4-1", ("ja",), False,
       "日本語指導の先生が週2回来校している。"),
    _O("浜崎警察署 みさき駐在所", "police", "0136-02-2110", f"{_TOWN}本町3-2", ("ja",), False,
       "不在のときは浜崎警察署に転送される。"),
    _O("法テラス北潮", "legal", "0134-05-0770", f"{_CITY}中央2-4-8 浜崎第一ビル5階",
       ("ja", "en"), True, "通訳を介した多言語の法律相談ができる（要予約）。"),
    _O("みさき町役場 住民課", "government", "0136-02-2001", f"{_TOWN}本町1-1", ("ja", "en"), False,
       "転入・転出やマイナンバーカードの窓口で、英語はCIRが対応する。"),
    _O("みさき町役場 福祉課", "government", "0136-02-2003", f"{_TOWN}本町1-1", ("ja",), False,
       "生活保護・障害福祉の窓口で、同席する場合は事前に連絡する。"),
    _O("みさき町保健センター", "government", "0136-02-2315", f"{_TOWN}本町1-7", ("ja",), False,
       "母子健康手帳の交付と乳幼児健診を行い、通訳は事前に相談。"),
    _O("NPO法人みさき日本語の会", "support_org", "0136-04-6621", f"{_TOWN}本町5-2 みさき町公民館内",
       ("ja", "en", "vi"), False, "日本語教室は毎週土曜10時から公民館で開いている。"),
    _O("みさき郵便局", "other", "0136-02-2400", f"{_TOWN}港町2-3", ("ja",), False,
       "口座開設には在留カードが必要で、午前中が比較的空いている。"),
)


class DemoBridgePerson(NamedTuple):
    name: str  # in the person's own script
    languages: tuple[str, ...]  # ISO 639-1
    phone: str
    area: str
    notes: str  # Japanese


BRIDGE_PERSONS: tuple[DemoBridgePerson, ...] = (
    DemoBridgePerson("Nguyễn Thị Hoa", ("vi", "ja"), "0136-03-5832", "港町",
                     "在住15年の元実習生で、新しく来た実習生の相談役をしている。"),
    DemoBridgePerson("Rowena Sato", ("tl", "en", "ja"), "0136-04-1957", "東浜",
                     "日本人の配偶者で、フィリピン人コミュニティの世話役。"),
    DemoBridgePerson("佐々木和子", ("ja", "en"), "0136-02-7340", "本町",
                     "元中学校の英語教員で、平日の日中なら同行に協力できる。"),
    DemoBridgePerson("王丽华", ("zh", "ja"), "0134-06-2281", "浜崎市",
                     "中国出身の永住者で、子育て中の保護者の相談にのっている。"),
    DemoBridgePerson("Siti Rahmawati", ("id", "ja", "en"), "0136-05-3016", "松原",
                     "介護施設で働く特定技能外国人で、食事や礼拝のことも相談できる。"),
    DemoBridgePerson("သီတာအေး", ("my", "ja", "en"), "0136-03-8874", "北浜",
                     "縫製工場で通訳を兼務しており、連絡は夜間か週末のみ。"),
    DemoBridgePerson("रमेश थापा", ("ne", "hi", "ja", "en"), "0134-07-4490", "浜崎市",
                     "カレー店を経営し、ネパール人家族の学校関係の相談を手伝っている。"),
)

TOPIC_WEIGHTS: dict[str, int] = {
    "medical": 14, "residence_procedures": 14, "labour": 12, "tax_pension": 11,
    "health_insurance": 6, "housing": 5, "daily_rules": 11, "childcare_education": 5,
    "disaster": 3, "japanese_learning": 4, "welfare": 3, "marriage_family": 3,
    "traffic_driving": 4, "money_banking": 4, "translation_request": 5, "procedures_town": 12,
    "mental_health": 2, "other": 3,
}

ASKED: dict[str, tuple[str, ...]] = {
    "medical": (
        "仕事中に手をけがしたが、病院で何と言えばよいかわからない", "病院で子どもの発熱を伝えたい",
        "歯が痛いが、どの歯医者に行けばよいかわからない", "夜間や休日に診てもらえる病院を知りたい",
        "健康診断の結果（要再検査）の意味を知りたい", "妊娠がわかったので、どこで受診すればよいか",
        "薬の飲み方（1日3回食後）を確認したい", "問診票の書き方を手伝ってほしい",
    ),
    "residence_procedures": (
        "在留期間があと1か月で切れるが、何を準備すればよいか", "在留カードをなくしてしまった",
        "技能実習から特定技能に移るための手続きを知りたい", "永住許可の申請条件を知りたい",
        "一時帰国するときの再入国許可について聞きたい", "在留カードの更新手続きの方法を知りたい",
        "家族を日本に呼びたい（在留資格認定証明書）",
    ),
    "labour": (
        "仕事中のけがで休んでいるが、給料はどうなるか", "有給休暇を取りたいが、会社に言いにくい",
        "給料明細の控除の内容がわからない", "監理団体の担当者と連絡が取れない",
        "残業代が払われていない気がする", "仕事を辞めて別の会社に移りたい",
        "寮費と光熱費が高すぎると感じる",
    ),
    "tax_pension": (
        "住民税の納付書が届いたが、何の税金かわからない", "国民年金の保険料の免除を申請したい",
        "帰国するときに年金の脱退一時金をもらえるか", "母国の家族の扶養控除の書類について聞きたい",
        "確定申告が必要かどうか知りたい", "軽自動車税の払い方を知りたい",
    ),
    "health_insurance": (
        "入院で医療費が高くなりそう（限度額適用認定証）", "国民健康保険に入る必要があるか知りたい",
        "会社の健康保険の資格確認書がまだ届かない", "マイナ保険証の使い方がわからない",
        "出産育児一時金について知りたい", "国保税が高いので減額できないか",
    ),
    "housing": (
        "灯油ストーブの使い方と灯油の買い方を知りたい", "水道管が凍ったときにどうすればよいか",
        "アパートの契約書の内容がわからない", "隣の部屋から騒音の苦情を言われた",
        "退去したが敷金が返ってこない", "町営住宅に申し込みたい",
    ),
    "daily_rules": (
        "ゴミの出し方（資源ごみの日）がわからない", "冬の路上駐車と除雪のルールを知りたい",
        "町内会に入らなければならないか", "浜で貝を拾ってもよいか知りたい", "粗大ごみを捨てたい",
        "自転車の防犯登録をしたい", "回覧板の内容が読めない",
    ),
    "childcare_education": (
        "小学校の入学準備に何が必要か知りたい", "子どもが授業の日本語についていけない",
        "予防接種のスケジュールがわからない", "学校からのお知らせが読めない",
        "児童手当の手続きを知りたい", "子どもを保育園に入れたい",
    ),
    "disaster": (
        "津波警報が出たらどこへ逃げればよいか", "防災無線の放送の内容がわからない",
        "災害に備えて何を用意すればよいか", "停電したときの連絡先を知りたい",
        "防災メールを母語で受け取りたい", "地震のときの避難所を知りたい",
    ),
    "japanese_learning": (
        "日本語能力試験（JLPT）の申込み方法を知りたい", "介護の仕事で使う日本語を勉強したい",
        "夜勤があるのでオンラインで日本語を勉強したい", "漢字を練習できる教材がほしい",
        "子どもと一緒に日本語を勉強できる場所がほしい", "日本語教室に参加したい",
    ),
    "welfare": (
        "障害のある子どもの支援について知りたい", "呼び寄せた高齢の親に介護が必要になった",
        "社会福祉協議会の貸付について知りたい", "生活が苦しく、食べ物に困っている",
        "ひとり親の支援制度を知りたい", "仕事を失い家賃が払えない",
    ),
    "marriage_family": (
        "離婚を考えているが、在留資格がどうなるか不安", "配偶者からの暴力（DV）について相談したい",
        "日本人と結婚するために必要な書類を知りたい", "母国の家族が亡くなったので一時帰国したい",
        "子どもが生まれたので出生届を出したい", "母国の親を短期滞在で呼びたい",
    ),
    "traffic_driving": (
        "母国の運転免許を日本の免許に切り替えたい", "国際運転免許証で運転できる期間を知りたい",
        "物損事故を起こしたときの対応を知りたい", "自転車の交通ルールを知りたい",
        "原付の免許を取りたい", "冬道の運転が不安",
    ),
    "money_banking": (
        "知らない人から口座を売ってほしいと言われた", "クレジットカードの督促状が届いた",
        "携帯電話の契約内容がわからない", "母国に送金する方法を知りたい", "銀行口座を作りたい",
        "帰国前に口座を解約したい",
    ),
    "translation_request": (
        "町からの通知（税・保険）の内容を訳してほしい", "会社から渡された書類を翻訳してほしい",
        "母国の出生証明書の日本語訳を作りたい", "アパートの更新書類を読んでほしい",
        "学校の手紙の内容を教えてほしい", "病院の診断書の内容を知りたい",
    ),
    "procedures_town": (
        "マイナンバーカードの暗証番号を忘れた", "在留更新のために課税証明書がほしい",
        "マイナンバーカードを作りたい", "帰国するので転出届を出したい", "転入届の出し方を知りたい",
        "住民票の写しがほしい", "印鑑登録をしたい",
    ),
    "mental_health": (
        "母国の家族が心配で仕事に集中できない", "母語で相談できるところを知りたい",
        "仕事のストレスで気分が落ち込む", "同僚との人間関係に悩んでいる", "眠れない日が続いている",
        "一人で子育てをしていてつらい",
    ),
    "other": (
        "犬を飼い始めたので登録について知りたい", "母国料理の食材を買える店を知りたい",
        "国際交流のボランティアをしたい", "お祈りができる場所を知りたい", "財布を落としてしまった",
        "町のイベントに参加したい",
    ),
}

DONE: dict[str, tuple[str, ...]] = {
    "medical": (
        "近くの小児科を案内し、症状を伝えるメモをやさしい日本語で作成した",
        "労災の可能性があるため、会社への報告と労基署の相談先を伝えた",
        "休日当番医の調べ方を説明し、電話で受診できるか確認した", "多言語の問診票を印刷して渡した",
        "県の医療通訳派遣制度を案内し、申込みを手伝った",
        "検査結果を一緒に読み、再検査の予約を取った", "薬局に電話して飲み方を確認し、本人に伝えた",
    ),
    "residence_procedures": (
        "警察に遺失届を出すよう案内し、再交付申請の流れを説明した",
        "会社の担当者に連絡し、更新書類の準備状況を確認した",
        "必要書類を一緒に確認し、入管の予約方法を案内した",
        "再入国許可とみなし再入国許可の違いを説明した", "国際交流協会の行政書士相談会を案内した",
        "在留申請オンラインシステムの手順を説明した",
    ),
    "labour": (
        "労災保険の仕組みを説明し、会社に手続きを確認するよう伝えた",
        "ハローワークの外国人雇用サービスコーナーを案内した",
        "労働基準監督署と多言語の相談ダイヤルを案内した",
        "給料明細を一緒に確認し、控除の意味を説明した", "外国人技能実習機構の母国語相談を案内した",
        "本人の同意を得て、監理団体に状況を確認した",
    ),
    "tax_pension": (
        "納付書の内容を説明し、コンビニでの支払い方法を案内した", "国税庁の多言語ページを案内した",
        "免除申請書の記入を手伝い、住民課に提出した", "脱退一時金の請求手順と必要書類を説明した",
        "滞納分の分納について税務課と相談した", "税務課に同行し、課税証明書を取った",
    ),
    "health_insurance": (
        "マイナポータルで保険の情報を一緒に確認した", "会社の担当者に保険の手続き状況を確認した",
        "出産育児一時金の申請書を一緒に記入した", "限度額適用認定の申請方法を説明した",
        "住民課で国保の加入手続きをした", "所得に応じた軽減制度を説明した",
    ),
    "housing": (
        "契約書の主な項目をやさしい日本語で説明した", "水道の凍結防止の方法をイラストで説明した",
        "町営住宅の募集時期と申込書類を案内した", "灯油の配達業者と換気の注意点を説明した",
        "県の消費生活センターを案内した", "大家さんとの話し合いに同席した",
    ),
    "daily_rules": (
        "漁業権があるため貝や海藻を取ってはいけないと説明した", "町内会長に連絡し、本人を紹介した",
        "ゴミカレンダーに母語のメモを書き込んで渡した", "粗大ごみの申込みを一緒に電話で行った",
        "やさしい日本語の分別表を渡した", "回覧板の内容を訳して伝えた",
    ),
    "childcare_education": (
        "学校と相談し、日本語指導の時間を設けてもらった", "児童手当の申請を子育て支援係で行った",
        "学校のお知らせを訳し、持ち物リストを作った", "保育園の入園申込書を一緒に記入した",
        "予防接種の予定表を母語で作った", "就学援助制度を説明した",
    ),
    "disaster": (
        "多言語のハザードマップを渡し、自宅からの避難経路を確認した",
        "多言語対応の防災アプリを一緒にスマートフォンに入れた", "町の防災訓練への参加を案内した",
        "非常持ち出し品のリストをやさしい日本語で渡した", "避難所の場所を地図で確認した",
    ),
    "japanese_learning": (
        "オンラインで学べる日本語学習サイトを紹介した", "ボランティアとの個別学習をマッチングした",
        "公民館の日本語教室を案内し、見学日を決めた", "JLPTの申込みサイトを一緒に確認した",
        "介護の日本語テキストを貸し出した",
    ),
    "welfare": (
        "福祉課につなぎ、フードバンクの食料を受け取った", "社会福祉協議会の緊急小口資金を案内した",
        "地域包括支援センターに連絡した", "住居確保給付金の申請を手伝った",
        "児童扶養手当の要件を説明した",
    ),
    "marriage_family": (
        "婚姻届と婚姻要件具備証明書などの必要書類を説明した", "招へい理由書の書き方を説明した",
        "住民課で出生届を出し、大使館への届出方法を案内した", "行政書士相談の予約を取った",
        "法テラスと配偶者暴力相談支援センターを案内した",
        "会社と相談し、一時帰国の休暇について確認した",
    ),
    "traffic_driving": (
        "外免切替の必要書類と運転免許センターの予約方法を案内した", "冬道運転の講習会を案内した",
        "多言語の自転車交通ルールのチラシを渡した", "警察と保険会社への連絡の仕方を説明した",
        "免許証の翻訳文の取り方を説明した",
    ),
    "money_banking": (
        "解約の手続きと最後の給料の受け取り方を説明した", "口座の売買は犯罪になることを説明した",
        "携帯電話の店舗で契約内容を確認した", "郵便局に同行し、口座を開設した",
        "消費生活センターを案内した",
    ),
    "translation_request": (
        "専門的な内容のため、行政書士に相談するよう案内した", "県国際交流協会の翻訳支援を案内した",
        "機械翻訳の結果を確認し、誤訳を直して渡した", "内容を口頭で説明し、要点をメモで渡した",
        "翻訳の例を渡し、本人が翻訳文を作成した",
    ),
    "procedures_town": (
        "マイナンバーカードの申請書を一緒に記入し、写真を撮った", "住民課に同行し、転入届を出した",
        "転出届と国保・年金の手続きをまとめて案内した", "住民票の請求書を記入し、手数料を説明した",
        "窓口で暗証番号の再設定を手伝った", "コンビニ交付の使い方を説明した",
    ),
    "mental_health": (
        "話を聞き、つらいときはまた相談に来るよう伝えた", "多言語のこころの相談窓口を案内した",
        "母語で話せるキーパーソンを紹介した", "本人の同意を得て保健師につないだ",
        "会社の担当者との面談の場を設けた",
    ),
    "other": (
        "国際交流協会のボランティア登録を案内した", "犬の登録と狂犬病予防注射について説明した",
        "広報誌のイベント情報を訳して渡した", "近くの市の輸入食材店を紹介した",
        "駐在所に同行し、遺失届を出した",
    ),
}

ACCOMPANIMENT_PURPOSES: dict[str, tuple[str, ...]] = {
    "hospital": ("初診の受付と問診の通訳", "妊婦健診の付き添い", "検査結果の説明を聞く",
                 "歯科の治療計画の説明"),
    "town_hall": ("転入届と国保加入の手続き", "マイナンバーカードの受け取り", "児童手当の申請"),
    "health_centre": ("乳幼児健診の通訳", "母子健康手帳の交付", "予防接種の問診の通訳"),
    "immigration": ("在留期間更新許可申請", "在留資格変更許可申請の書類提出", "再入国許可の相談"),
    "bank": ("口座開設", "海外送金の手続き", "口座の解約と残高の受け取り"),
    "school": ("入学説明会への付き添い", "個人面談の通訳", "就学援助の書類確認"),
    "police": ("遺失届の提出", "交通事故の事情聴取の付き添い", "運転免許の住所変更"),
    "other": ("運転免許センターで外免切替の手続き", "携帯電話ショップで契約内容の確認",
              "不動産会社でアパートの契約"),
}
ACCOMPANIMENT_OUTCOMES: tuple[str, ...] = (
    "手続き完了", "書類が足りず、後日もう一度行く予定", "次回の予約を取った",
    "本人が内容を理解し、次回からは一人で対応できる", "行政書士に引き継いだ",
    "会社の担当者と情報を共有した", "結果待ち（2週間ほどで通知）", "次回は医療通訳を依頼する",
)
HEALTH_DETAILS: tuple[str, ...] = (
    "妊婦健診（24週）、異常なし", "風邪の症状、薬を処方され経過観察", "子どもの発熱、解熱剤を処方",
    "健康診断で血圧の再検査、内科で異常なし", "腰痛で整形外科、湿布と安静の指示",
    "歯科で虫歯の治療、次回も予約あり", "作業中の指の切り傷、消毒と処置のみ",
    "花粉症の相談、抗アレルギー薬を処方", "インフルエンザの予防接種",
)

SESSION_TITLES: dict[str, tuple[str, ...]] = {
    "life_orientation": (
        "みさき町での暮らしオリエンテーション（ゴミ・防災・病院）",
        "新しく来た技能実習生のための生活ガイダンス", "やさしい日本語で学ぶ 税金と年金のしくみ",
        "冬の暮らし方講座（暖房・除雪・冬道）",
    ),
    "japanese_class": (
        "日本語教室 JLPT N3対策", "日本語教室（初級）", "親子にほんごひろば", "介護の日本語講座",
    ),
    "consultation_fair": (
        "外国人のための多言語ワンストップ相談会", "行政書士による在留手続き無料相談会",
        "法テラス出張法律相談会",
    ),
    "company_training": (
        "外国人材受入れ企業向け研修（労務管理とやさしい日本語）",
        "外国人職員との職場コミュニケーション研修（介護施設）",
        "新人実習生向け 安全衛生研修（水産加工）",
    ),
    "exchange_event": (
        "国際交流料理教室（ベトナムの生春巻き）", "フィリピンのクリスマス交流会", "国際交流カフェ",
        "みさき港まつり 多文化ブース",
    ),
    "disaster_drill": (
        "防災講座「地震と津波から身を守る」", "外国人住民向け津波避難訓練", "多言語避難所運営訓練",
    ),
}
VENUES: tuple[str, ...] = (
    "みさき町公民館 大会議室", "みさき町公民館 和室", "みさき町役場 2階 第1会議室",
    "みさき町保健センター 多目的室", "オンライン（Zoom）", "みさき水産加工株式会社 食堂",
    "みさき町立みさき小学校 体育館", "浜崎市国際交流プラザ",
)


def native_full_name(nationality: str, family: NamePart, given: NamePart) -> str:
    """The full name as written in the person's own script and usual order."""
    if nationality in ("CN", "MM"):  # Burmese: one name, written without spaces
        return family.native + given.native
    if nationality == "VN":
        return f"{family.native} {given.native}"
    return f"{given.native} {family.native}"  # ID, PH, TH, NP: given name first


def kana_full_name(family: NamePart, given: NamePart) -> str:
    """Katakana reading, family name first as on the residence card, e.g. 'グエン ティラン'."""
    return f"{family.kana} {given.kana}"
