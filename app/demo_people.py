"""The demo town's residents: their names in each nationality's own script, Latin letters
and katakana, how many come from where, and their residence statuses.

Everything here is fictional."""

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
    # "family name" and the rest as the "given name"; the demo joins them.
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


def kana_full_name(family: NamePart, given: NamePart) -> str:
    """Katakana reading, family name first as on the residence card, e.g. 'グエン ティラン'."""
    return f"{family.kana} {given.kana}"
