"""The shapes of patient identifiers the PHI guard looks for (flows/phi.py): the MBI layout,
HICN and RRB numbers, SSNs, dates (also spelled out), phone numbers, street addresses, the
value after an ID label, and digits typed or spelled one by one (an e-mail address's shape is in
flows/phi_mail.py). The words
around them (cues, billing-number words) are content, in content/rules/phi.yaml."""

from __future__ import annotations

import re
import unicodedata

_L = "[AC-HJKMNP-RT-Y]"  # MBI letters: no S, L, O, I, B, Z
_AN = "[0-9AC-HJKMNP-RT-Y]"
_GAP = "[-./_ ]{0,3}"  # pasted MBIs keep Word's dashes, spaces, dots or line breaks
MBI = re.compile(
    r"(?:(?<![A-Za-z0-9])|(?<=mbi))"  # "mbi\u200b5TW9..." loses its invisible gap: still an MBI
    + _GAP.join(["[1-9]", _L, _AN, "[0-9]", _L, _AN, "[0-9]", _L, _L, "[0-9]", "[0-9]"])
    + r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
HICN = re.compile(r"(?<![\w-])\d{3}[- ]?\d{2}[- ]?\d{4}(?:-?| ?)([A-Za-z]{1,2}\d?)(?![\w])")
# A Railroad Retirement Board claim number's prefix: A (an annuitant) or D (a deceased employee)
# or H (a pensioner), after M (spouse), W (widow), P (parent), C or WC (a child in care), J (joint
# annuitant): the RRB's prefix table ("PH 290341" is a pensioner's parent, "CH 357053613" a
# pensioner's child, "JD 447702").
RRB = re.compile(
    r"(?<![\w-])(?:A|MA|WA|WD|CA|CH|PA|H|MH|WH|PH|JA|JD|PD|MD|CD|WCA|WCD|WCH)[- ]?"
    # "RRB A 514-28-6603"; its six or nine digits in threes as a card prints them ("WH 830 312")
    r"(?:\d{6}(?:\d{3})?|\d{3}[- ]\d{2}[- ]\d{4}|\d{3}[- ]\d{3}(?:[- ]?\d{3})?)\b",
    re.I,
)
SSN = re.compile(
    r"(?<![\w-])(?!000|666|9\d\d)\d{3}([- .]?)(?!00)\d{2}\1(?!0000)\d{4}(?!-?\d)(?![A-Za-z0-9])"
)
# A masked SSN with its last four digits, masked with any mark: "xxx-xx-4417", "***-**-4417",
# "###-##-7720", "●●●-●●-4417" (the last four after words are read in flows/phi_partial.py).
# Masks that leave a digit or shorten a group are one too: "5xx-xx-4406", "#-##-8824" (the
# middle group masked, hyphens between the groups).
SSN_PART = re.compile(
    r"(?<![\w-])([x*#●•○◦])\1\1[- ]?\1\1[- ]?\d{4}(?!\d)"
    r"|(?<![\w-])(?:(?=[\d]{0,2}[x*#●•○◦])[x*#●•○◦\d]{1,3}-[x*#●•○◦]{1,2}|\d{3}-[x*#●•○◦]{2})"
    r"-\d{4}(?![\d-])"
    r"|(?<![\w-])\d{3}-\d{2}-([x*#●•○◦])\2\2\2(?![\w*#●•○◦-])",  # "318-27-XXXX": the first five
    re.IGNORECASE,
)
# A date with its day, month or year masked, read after a birth word: "DOB 03/**/1941", "DOB
# 11/14/****", "dob xx/xx/1950".
MASKED_DATE = re.compile(
    r"(?<![\w*#?/.-])(?:\d{1,2}|([x*#?])\1)[/.-](?:\d{1,2}|([x*#?])\2)[/.-](?:\d{4}|([x*#?])\3{3})"
    r"(?![\w*#?/.-])"
    # The year first, the day masked: "DOB 1949-04-XX (redacted day)".
    r"|(?<![\w*#?/.-])(?:19|20)\d\d([/.-])\d{1,2}\4([x*#?])\5(?![\w*#?/.-])",
    re.IGNORECASE,
)
# Thai months, as the text reads once its vowel signs are dropped (flows/phi_normalise.py).
_THAI_MONTHS = "|".join(
    "".join(ch for ch in month if not unicodedata.category(ch).startswith("M"))
    for month in "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
    "พฤศจิกายน ธันวาคม".split()
)
# English months, then Spanish, French, Portuguese, Italian, German, Dutch, Polish, Tagalog and
# Haitian Creole ones ("4 de mayo de 1939", "7 août 1941", "Hunyo 5, 1941", "18 me 1943"); only
# ever read after a birth word, like every date here.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|sept?iembre|setiembre"
    r"|octubre|noviembre|dic(?:iembre)?"
    r"|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t"
    r"|septembre|octobre|novembre|d[ée]c(?:embre)?"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|j[äa]nner|januar|februar|m[äa]rz|maerz|juni|juli|oktober|dezember"
    r"|januari|februari|maart|mei|augustus"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia"
    r"|pa[źz]dziernika|listopada|grudnia"
    r"|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre"
    r"|janvye|fevriye|mas|me|jen|jiy[èe]|out|septanm|okt[òo]b|novanm|desanm"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|ocak|şubat|subat|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim"
    r"|kasım|kasim|aralık|aralik"
    r"|janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus"
    r"|szeptember|okt[óo]ber"
    # Estonian, Malay and Indonesian, Romanian, Nordic, Czech, Finnish and Lithuanian ones.
    r"|jaanuar|veebruar|m[äa]rts|aprill|juuni|juuli|oktoober|detsember"
    r"|mac|julai|ogos|disember|maret|agustus|desember"
    r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
    r"|maj|augusti"
    r"|ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]"
    r"|[řr][íi]jna|listopadu|prosince"
    r"|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes[äa]kuuta|hein[äa]kuuta"
    r"|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"
    r"|sausio|vasario|kovo|baland[žz]io|gegu[žz][ėe]s|bir[žz]elio|liepos|rugpj[ūu][čc]io"
    r"|rugs[ėe]jo|spalio|lapkri[čc]io|gruod[žz]io"
    rf"|{_THAI_MONTHS})\.?"
)
# A month and a day with no year, in English ("1/15", "the 14th of november", "Nov 14"): a
# birthday mentioned in passing (flows/phi_birth.py).
_ENGLISH_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
MONTH_DAY = re.compile(
    rf"(?:\d{{1,2}}/\d{{1,2}}(?![\d/])|\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_ENGLISH_MONTH}(?![a-z])"
    rf"|{_ENGLISH_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?!\d))",
    re.IGNORECASE,
)
# A date's month and day right before a four-digit number, which is then its year, not a house
# number: "Nov 14 2026 CO-45", "11/14/2026 CO-45" (a remit's date, then a denial code).
DATE_BEFORE_YEAR = re.compile(
    rf"(?:(?<![a-z]){_ENGLISH_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}[/-]\d{{1,2}}[/-]) ?$",
    re.IGNORECASE,
)
# A month in Roman numerals between a day and a year ("30.VI.1942", "2-XI-1944", "1/V/1940").
_ROMAN_MONTH = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
# A month written out after a birth word; "may" only with a day after it ("DOB may be...").
MONTH_AFTER_CUE = re.compile(
    r"(?<![\w])(?:in |on |the |of )*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?"
    r"|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # Spanish and Portuguese, with a year: "nació en mayo del '47", "nasceu em março de 1941"
    r"|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    r"|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)"
    r"(?= (?:de |del )?(?:'\d\d|19\d\d)\b)"
    r"|may(?= ?(?:\d|'\d\d\b|the |[a-z]+(?:st|nd|rd|th)\b)))\b",
    re.IGNORECASE,
)
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]?(?:one|two|three|four"
    r"|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|hundred|oh|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
    # Spanish and French: "veintitrés de enero de mil novecientos cuarenta y seis", "le premier
    # décembre 1942".
    r"|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|diecis[ée]is|diecisiete|dieciocho|diecinueve|veinti[a-zé]+|veinte|treinta|cuarenta"
    r"|cincuenta|sesenta|setenta|ochenta|noventa|mil|novecientos|primero"
    r"|premier|deux|trois|quatre|cinq|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|soixante|mille|cent|(?:19|20)\d\d)"
)
# A date spelled out in words, after a birth word: "twelfth of may nineteen forty", "june
# twenty second, nineteen thirty-eight". At least a month, or "nineteen" and another number.
_DATE_WORD = rf"(?:{_MONTH}|{_NUMBER_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
SPELLED_DATE = re.compile(
    rf"(?<![\w]){_DATE_WORD}(?:[ ,-]+(?:the |of |and |de |del |y |et )*{_DATE_WORD})+(?![\w])",
    re.IGNORECASE,
)
SPELLED_DATE_NEEDS = re.compile(
    rf"(?<![\w]){_MONTH}(?![\w])|nineteen |novecientos|mil neuf", re.IGNORECASE
)
# Where a month written out is followed by a day or a year ("March 14", "Mar. 1950", "May, of
# 1950"): the whole word, a dot, then a space, a hyphen or ", of " and a digit. Every letter of a
# month is a letter, so its letters are the word's, and the date alternatives below that open
# with a month skip their hundred month names at every other place (about two thirds of the
# pattern's time on a digit-bearing message). Read from a word's first letter only: from every
# letter, an 8,000-letter word took a second.
_MONTH_BEFORE_DIGIT = r"(?<![^\W\d_])(?=[^\W\d_]++\.?(?:[ -]|,? (?:of )?)?\d)"
# Where a month's name ends right before a year ("14 March 1950", "3 de mayo de '41"): every
# month is a word of letters, so its match takes the whole word; the day-before-month
# alternative below tries its hundreds of names only where such a word stands (a case-blind
# pattern cannot skip them by their first letter).
_DAY_MONTH_YEAR = r"(?=[^\W\d_]++\.?(?: de)?[ ,/.-]{0,2}'?\d)"
DATE = re.compile(
    r"(?:\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?:\d{4}|'?\d{2})(?!\d)"
    r"|\d{1,2} \d{1,2} (?:\d{4}|\d{2})(?!\d)"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)"
    r"|\d{8}(?!\d)|\d{6}(?!\d)"
    rf"|{_MONTH_BEFORE_DIGIT}{_MONTH}[ -]?\d{{1,2}}(?:st|nd|rd|th)?,?[ -]?"
    r"(?:\d{4}|'?\d{2})(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?(?: of| de| ng)?[ /.-]?{_DAY_MONTH_YEAR}{_MONTH}"
    r"(?: de)?[ ,/.-]{0,2}"
    r"(?:\d{4}|'?\d{2})(?!\d)"
    rf"|\d{{1,2}} ?[./ -] ?{_ROMAN_MONTH} ?[./ -] ?(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?<![\w])(?-i:{_ROMAN_MONTH.upper()}) ?[./ -] ?\d{{1,2}} ?[./ -] ?\d{{4}}(?!\d)"
    rf"|(?<![\w])(?:19|20)\d\d ?[./ -] ?(?-i:{_ROMAN_MONTH.upper()}) ?[./ -] ?\d{{1,2}}(?!\d)"
    # A month and a year ("05/1937", "1942-03", "March 1942"): a birth date's month is an
    # identifier, its year alone is not (HIPAA Safe Harbor lets a year stay).
    rf"|(?<![\d/.-])\d{{1,2}}/(?:19|20)\d\d(?![\d/])|(?:19|20)\d\d-\d\d(?![\d-])"
    rf"|{_MONTH_BEFORE_DIGIT}{_MONTH},? (?:of )?(?:19|20)\d\d(?!\d)"
    # A Japanese era's year in letters on forms: "S22.3.5" (Showa 22).
    r"|(?<![\w])(?-i:[MTSHR])\d{1,2}[./]\d{1,2}[./]\d{1,2}(?![\d./])"
    # Vietnamese: "5 tháng 6 năm 1950"; the year first with a month's name: "1948 Sep 03".
    r"|\d{1,2} tháng \d{1,2}(?:,? năm)? \d{4}"
    # "1942. augusztus 19."; the month a whole word, as in the day-before-month alternative
    rf"|(?:19|20)\d\d\.?[ ./-](?=[^\W\d_]++\.?[ ./-]\d){_MONTH}[ ./-]\d{{1,2}}(?!\d)"
    # With a birth word only, like every date here: "bday 2/11".
    r"|\d{1,2}/\d{1,2}(?![\d/]))",
    re.IGNORECASE,
)
# Dates a calendar's words make, read only where those words are (CALENDAR_HINT): Chinese,
# Japanese and Korean ("1946年3月8日", "1944년 7월 19일", an era's year "昭和22年3月5日", Han
# numerals "民國三十七年四月十二日"), and a holiday with a year ("Christmas Eve 1946", "New
# Year's Day, 1949", "the 4th of July 1950").
CALENDAR_HINT = re.compile(r"[年년]|christmas|year|independence|valentine|halloween|thanksgiving"
                           r"|patrick|july", re.IGNORECASE)  # fmt: skip
CALENDAR_DATE = re.compile(
    r"(?:(?:明治|大正|昭和|平成|令和|民國|民国) ?)?(?:\d{1,4}|元) ?[年년] ?\d{1,2} ?[月월]"
    r"|(?:民國|民国)?[〇零一二三四五六七八九十]{1,4}年[一二三四五六七八九十]{1,3}月"
    # A lunar birthday's month: "1940年正月初九", "1938年腊月廿三".
    r"|\d{4} ?年 ?(?:閏|闰)?(?:正|冬|腊|臘|[一二三四五六七八九十]{1,2})月"
    r" ?(?:初|廿|卅|十)[一二三四五六七八九十]?"
    r"|(?:christmas|new year's|new years|independence|valentine's|halloween|thanksgiving"
    r"|st\.? patrick's|4th of july|fourth of july)(?: eve| day)?,? (?:of )?(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
# A day, a month's name in any language and a year, read only after a birth word: "gebore 21
# Junie 1938", "twieled fit-12 ta' Lulju 1943", "wazalwa ngo 4 Meyi 1947", "เกิดวันที่ 5 ม.ค. 2485"
# (a Thai month's short form and a Buddhist year), the month first ("Iulai 7, 1945") or the year
# first ("gimęs 1940 m. rugsėjo 6 d."). Any word stands for the month, so no language's or
# calendar's month names need listing; the year is a birth year: the 1900s (Gregorian, and the
# Ethiopian calendar's), a Buddhist year from 2400 to 2542, a Hijri or Persian year from 1300 to
# 1419 ("10 Rajab 1359"), a Hebrew year from 5660 to 5759 ("5 Adar 5701").
_BIRTH_YEAR = (
    r"(?:19\d\d|24\d\d|25[0-3]\d|254[0-2]|13\d\d|14[01]\d|566\d|56[7-9]\d|57[0-5]\d)(?!\d)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_WORD = r"[^\W\d_](?:[^\W\d_]{1,11}(?:\.[^\W\d_]{1,4})*|(?:\.[^\W\d_]{1,4})+)\.?"
WORDED_DATE = re.compile(
    rf"(?<![\w.]){_DAY}(?:\.|[^\W\d_]{{1,2}}\.?)?,?(?: [^\W\d_]{{1,3}}'?)? ?-?{_MONTH_WORD},?"
    rf"(?: [^\W\d_]{{1,3}})? {_BIRTH_YEAR}"
    rf"|(?<![\w.]){_MONTH_WORD} {_DAY}(?:st|nd|rd|th)?,? {_BIRTH_YEAR}"
    rf"|(?<![\w.]){_BIRTH_YEAR}(?: [^\W\d_]{{1,3}}\.?)?,? {_MONTH_WORD} {_DAY}(?![\d])"
)
# A date of birth saved as a spreadsheet's day number (days since 1900: 10000 is 1927, 36525 the
# last day of 1999), read only right after a birth word or under a birth-date column.
EXCEL_SERIAL = re.compile(
    r"(?<![\w.,/-])(?:1\d{4}|2\d{4}|3[0-5]\d{3}|36[0-4]\d\d|365[01]\d|3652[0-5])(?![\w.,/-])"
)
# A full date in a year no service date has: beside another identifier, a birth date.
OLD_DATE = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]19[0-8]\d|19[0-8]\d-\d\d-\d\d)(?![\d/.-])"
)
# The exchange may start with 0 or 1: made-up numbers ("555-123-4567") are typed as real ones.
PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[ .-]?)?(?:\( ?([2-9]\d\d) ?\) ?[-.]? ?|([2-9]\d\d) ?[ ./-] ?)"
    r"(\d\d\d) ?[.-]? ?\d{4}(?![\w-])"
)
# A number dialled from abroad, its country code after "+": "+44 7700 900318", "+52 55 1234 5678"
# (North America's "+1" is read by PHONE).
PHONE_INTERNATIONAL = re.compile(r"(?<![\w+])\+[2-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){2,5}(?![\w.-])")
PHONE_DIGITS = re.compile(r"(?<![\w-])(?:\+?1)?([2-9]\d\d)\d{7}(?![\w-])")
_STREET = (
    # "Dr" but not a doctor's "Dr Smith"; "Dr Apt 2C" is a street's, and so is "Dr Home: ..." (a
    # label on a signature's next line).
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Drive"
    r"|Dr(?!\.? (?!Apt|Ste|Suite|Unit|Bldg)[A-Z][a-z]+\b(?!:))"
    r"|Lane|Ln|Boulevard|Blvd"
    r"|Court|Ct|Place|Pl|Way|Parkway|Pkwy|Circle|Cir|Terrace|Terr|Ter|Highway|Hwy|Trail|Trl"
    r"|Square|Sq|Pike|Plaza|Route|Rte|Loop|Row|Crescent|Cres|Alley|Expressway|Expy|Freeway"
    r"|Fwy|Grove|Heights|Hts|Hollow|Landing|Manor|Mews|Run|Path|Crossing|Commons|Walk|Bend"
    r"|Cove|Cv|Ridge|Rdg|Trace|Trce|Xing|Estates)\b\.?"
)
STREET_WORD = re.compile(_STREET)
_STREET_PARTICLE = r"(?:de|des|du|del|la|le|les|los|las|aux|van|von|der|da|di)(?= [A-Z])"
# A place given as a map point instead of a street: a what3words address ("///lantern.mossy.ribbon")
# or a latitude and longitude with four decimals or more ("61.5829, -149.4411").
MAP_POINT = re.compile(
    r"(?<![\w/])///[^\W\d_]+\.[^\W\d_]+\.[^\W\d_]+"
    r"|(?<![\w.-])(-?\d{1,2}\.\d{4,})[,;/ ] ?(-?\d{1,3}\.\d{4,})(?![\w.])"
)
# A house number starts a word; after a label's colon too ("ship to:208 Maple Grove Rd"), not
# after a time's ("4:00") or a ratio's.
ADDRESS = re.compile(
    # "W156N11570", "N4412" (a grid's), "91-1127" (Hawaii's: the zone, then the number),
    # "104-22" (Queens's: the cross street's block, then the house)
    r"(?<![\w#$.,-])(?<!\d:)(?:[NSEW]\d{1,6}[NSEW]?|\d{2,3}-)?\d{1,6}[A-Za-z]? "
    r"(?:[NSEW]\.? |(?:North|South|East|West) )?"
    # a French, Spanish or Dutch particle inside the name: "20639 W Pont des Mouton Rd"
    rf"(?:(?:[A-Z][\w'.-]*(?: {_STREET_PARTICLE})?|\d+(?:st|nd|rd|th)) ){{1,5}}{_STREET}"
)
ADDRESS_ANY_CASE = re.compile(ADDRESS.pattern, re.IGNORECASE)
# Street words that come before the name: "1212 Calle del Sol", "45 Avenida Las Palmas"; in
# lower case only after an address cue ("send 3 via email" is no street).
STREET_FIRST = re.compile(
    r"(?<![\w#$.,-])(?<!\d:)\d{1,6}[A-Za-z]? (?:Calle|Avenida|Camino|Paseo|Carretera|Callejon"
    r"|Circulo|Via|Vía|Rue|Rua|Avenue of)\b"
    r" (?:(?:de|del|de la|las|los|la|el|the|des|du|do|da|dos|das|di|della) )?[A-Z][\w'.-]*"
    # The name first, the house number after, as in German, Dutch, Nordic and Polish addresses:
    # "Lindenstraße 14", "Kerkstraat 3", "ul. Kwiatowa 5". (The lookahead: a word all of
    # letters, or ending "str.", then its number; it spares trying every ending in every word.)
    r"|(?<![\w-])(?=[^\W\d_]++\.? \d)[A-Z][^\W\d_]*(?:straße|strasse|str\.|weg|gasse|allee"
    r"|platz|damm|straat|laan|gracht|vej|gade|gatan|vägen|veien)(?: \d{1,4}[a-z]?)(?![\w/.-])"
    r"|\bul\. [A-Z][^\W\d_]+ \d{1,4}\b"
    # Guam's and the Northern Marianas' Chamorro street words, in any case (neither is an English
    # word): "339 Chalan Ayuyu", "Lot 8157, CHALAN PILAN", "350 chalan lanchu", "Biradan Lalahita".
    r"|(?<![\w#$.,-])(?<!\d:)\d{1,6}[A-Za-z]?,? (?i:chalan(?! pago\b)|biradan) [^\W\d_][\w'.-]*"
    # Puerto Rico's urbanizations and numbered streets (USPS Publication 28): "Urb. Villa
    # Carolina", "Calle 14 Bloque 22 #9".
    r"|\b(?:Urb|URB|Urbanizaci[oó]n)\.? [A-Z][^\W\d_]+"
    r"|(?<![\w-])(?:Calle|CALLE) \d{1,4},? (?:Bloque|BLOQUE|Blq|BLQ|#)"
    r"|(?<![\w#$.,-])\d{1,5},? (?-i:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|place)"
    r" (?:de la |de l'|des |du |de |d')?(?-i:[A-Z])"  # "14 rue des Lilas"
    # A rural county's numbered road: "14944 Rd 20, Le Grand", "31250 Avenue 12", "CR 45".
    r"|(?<![\w#$.,-])(?<!\d:)\d{3,6} (?:Road|Rd|Avenue|Ave|County R(?:oa)?d|CR|Highway|Hwy)"
    r" \d{1,4}[A-Z]?\b(?![.,]\d)"
    r"|(?<![\w-])(?:Calle|Avenida|Av\.|Carrera|Camino|Rua|Travessa|Via)"
    r" (?:(?:de|del|de la|el|la|los|las|da|das|do|dos) )?"
    r"[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?,? (?:No\.? |n[º°o]\.? ?|#)?\d{1,5}\b"
)
STREET_FIRST_ANY_CASE = re.compile(STREET_FIRST.pattern, re.IGNORECASE)
ADDRESS_END = re.compile(
    r" ?(?:$|[,;]|#|\b(?:apt|apartment|unit|ste|suite|fl|floor|bldg|building|rm|room|lot)\b)", re.I
)
STREET_WORDS_WITH_OTHER_USES = frozenset(
    "drive way place square circle route court terrace trail plaza pike loop row run path walk "
    "crossing commons bend landing grove heights".split()
)
MEASURES = frozenset(
    "inch inches in ft foot feet wheel wheels lb lbs oz mm cm count ct pack units unit piece pcs "
    "month months week weeks day days year years hour hours x by degree degrees".split()
)
# A house number and a word or two right after an address label, with no street word.
STREETLESS = re.compile(r"[\s:#-]*\d{1,6}[A-Za-z]? ([A-Za-z][\w'.-]+(?: [A-Za-z][\w'.-]+)?)")
# A street named with no house number, after "lives on" or "resides on": "Oakwood Drive".
STREET_NAMED = re.compile(
    rf"[\s:-]*(?!(?:the|a|an|her|his|my|our) )(?:[A-Za-z][\w'.-]* ){{1,3}}{_STREET}", re.IGNORECASE
)
# A long value that may have its label after it ("W229103884 is her Aetna ID").
VALUE_FIRST = re.compile(r"(?<![\w/.$-])[A-Za-z]{0,3}\d{6,}[A-Za-z0-9]{0,3}(?![\w/.-])")
# A member number after a plan's or a payer's name: letters, then digits and spaces, no dashes;
# also a Medigap policy's certificate and a TRICARE card's benefits number ("Plan G cert #
# 653367941", "TRICARE DoD benefits no. 11309901607").
PLAN_NUMBER = re.compile(  # the plan's name and its number in two cells too: "Humana | H4421..."
    r"[\s#:=.]*(?:[|,;\u2013\u2014-](?=[\s#:]*[A-Za-z]{0,3}\d{6,}(?! ?\d))[\s#:=.]*)?"
    r"(?:(?:id|number|no|is|dcn|cin|cert|certificate|dod|benefits?)\b[\s#:.]*)*"
    r"([A-Za-z]{0,3}(?:\d[\d ]{6,}\d[A-Za-z0-9]{0,3}|\d{6,})(?:-\d{1,3})?)(?![\w-])",  # "-09"
    re.IGNORECASE,
)
# A US state after a comma makes the words before it a place: "San Diego, CA", "Fort Wayne,
# Indiana"; a code then a number is a place only when the number is a ZIP code (", ID 88231455"
# is a member ID).
_STATE_CODES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
    r"|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR)"
)
STATE_AFTER = re.compile(
    rf",? (?:{_STATE_CODES}"
    # not a label after it: "WENDELL HENDERSON VA ICN ..." is the VA's number, not Virginia's
    r"(?= \d{5}(?:-\d{4})?(?!\d)|\b(?![ #:-]*\d)(?! (?:ICN|MRN|MBI|SSN|DOB|HICN)\b))"
    r"|(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    r"|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    r"|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b)"
)
# A house number said in words, then a capitalised street: "six twelve Pelican Bay Drive",
# "six-twelve Linwood Avenue" (voicemails, and identifiers spelled to get past a filter).
_HOUSE_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]?(?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh)"
)
SPELLED_ADDRESS = re.compile(
    rf"(?<![\w-])(?i:{_HOUSE_WORD}((?:[ -]{_HOUSE_WORD})*)) (?:[A-Z][\w'.-]* ){{1,3}}{_STREET}"
)
# PO boxes, rural and star routes, and a house number on a numbered road ("55 Rte 9").
_ROAD_WORDS = (
    r"(?:route|rte|highway|hwy|state hwy|state highway|county road|county rd|county hwy"
    r"|state route|state road|farm to market)"
)
_ROAD_CODES = r"(?-i:SR|CR|US|FM|SH|CTH|STH|RM)"
_ROAD = rf"(?:{_ROAD_WORDS}|{_ROAD_CODES})"
_STATE_CODES_EARLY = r"(?-i:[A-Z]{2})"  # "General Delivery, Ely NV"
BOX_OR_ROUTE = re.compile(
    r"\b(?:p\.? ?o\.? ?(?:box|drawer)|pob|post office drawer) ?#? ?\d+"  # "P O Drawer 17"
    # "PSC 1271 Box 44", "HCR 71 Box 9" (a highway contract route), "Star Route Box 14"
    # A rural route's box, as Appalachian mail has it: "Rt 3 Box 417", "Route 2, Box 47-A"
    r"|\b(?:rr|r\.r\.|rfd|rural route|hcr?|h\.c\.r\.|star route|psc|cmr|unit|rt|rte|route)"
    r"\.? ?\d+,? box ?\d+"
    r"|\b(?:rural route|star route|rfd|hcr|highway contract route) box ?\d+"
    # A numbered road with the house number before it, a grid's too ("3301 SR 664 S", "E4532
    # Hwy 54", "N7482 County Road Q": Wisconsin's county roads are lettered), or a box, a lot or
    # a unit after it ("CR 2140 #88", "FM 1960 Box 12"), or a house's or a trailer space's number
    # as New Mexico's county roads have them ("County Rd 0102 House 5", "CR 55 Space 12")
    # A road's code glued to its number is a model's shape ("Carrot 3 CR3"), not a road's.
    rf"|(?<![\w#$.,-])(?<!\d:)(?:[NSEW]\d{{1,6}}[NSEW]?|\d{{1,6}}) "
    rf"(?:{_ROAD_WORDS} ?|{_ROAD_CODES} )(?:\d{{1,4}}\b"
    r"|(?-i:[A-Z]{1,2})\b(?! ?\d))"
    rf"|\b{_ROAD} ?\d{{1,4}},? (?:#|box |lot |unit |apt |trlr |house |space |sp )\d{{1,5}}\b"
    # A house number on a state's own highway named by its code, then a direction, a comma or
    # a town: "4410 KY-15 N, Jeff", "212 WV-10 Oceana" (not "ship 2 PA-12 by Tuesday")
    rf"|(?<![\w#$.,-])\d{{2,6}} (?-i:{_STATE_CODES})-\d{{1,4}}(?: (?-i:[NSEW]))?"
    r"(?=,| (?-i:[A-Z][a-z])|$)"
    # A grid's address (Utah's, Chicago's): a house number, a direction, a second number and a
    # direction: "1480 E 3300 S"
    r"|(?<![\w#$.,/-])\d{3,6} (?-i:[NSEW])\.? \d{2,5} (?-i:[NSEW])\b"
    # Where houses have no numbers: a mile post on a highway ("Mile 17.5 Parks Hwy"), a
    # kilometre on a Puerto Rico road ("Carr. 2 Km 45.3"), a lot in a mobile-home or RV park,
    # General Delivery with its town and state.
    r"|\b(?:mile|milepost|mile post|mile marker|mp) \d{1,4}(?:\.\d)? "
    rf"(?:[A-Z][\w'.-]* ){{0,3}}{_STREET}"
    r"|\b(?:carr|carretera|pr)\.? ?-?\d{1,4},? (?:km|k\.m\.?) ?\d{1,3}(?:\.\d)?\b"
    r"|\blot #?\d{1,4},? (?:[A-Z][\w'.-]* ){1,4}(?-i:MHP|RV|Mobile|Trailer|Manufactured)\b"
    rf"|\bgeneral delivery,? (?:[A-Z][\w'.-]*,? ){{1,3}}{_STATE_CODES_EARLY}\b",
    re.I,
)
# Between a label and its value: "#", ":", "is", or "for Ms. Hollis is" ("member ID for ...").
ID_GAP = re.compile(
    # "(box 1a)", "(Epic)"; a second label after a slash: "MRN/member 11094583"; French and
    # Spanish "n°" ("dossier patient n° 2210-4471")
    # the end of it only: "MRN ending 3318", "member ID ends in 4471"
    r"(?:[\s#:=.*_`~\"'>-]|\b(?:is|no|num|number|nr|ending(?: in| with)?|ends (?:in|with))\b"
    r"|\bn[°º.]|\([^()]{1,15}\)|/[A-Za-z]{2,12}\b"
    r"|,? ?\b\d{1,2}[ -](?:digits?|characters?|chars?)\b,?)*"  # "mrn is 9 digits, 104882730"
    # whose it is, then its value: "for Ms. Hollis is", "der Zusatzversicherung:"
    r"(?:\b(?:for|of|on|in|at|with|from|der|des|del|du)\b[^:;,\n]{1,30}?(?:\bis\b|[=:])[\s#:]*)?"
    # whose or where it is: "sub ID is the husband's, 773-...", "member id here? it's H388..."
    r"(?:(?:\b(?:the|her|his|their) [a-z]+'s|\b(?:here|below|above)\b\??(?: it's)?)[\s,:]*)?",
    re.IGNORECASE,
)
_ID_STATE = rf"(?:{_STATE_CODES} (?=[A-Za-z]{{1,4}}[- ]?\d))?"  # "Medicaid ID CO A123456"
ID_VALUE = re.compile(_ID_STATE + r"[A-Za-z]{0,4}[- ]?\d[\dA-Za-z]*(?:[- ]\d[\dA-Za-z]*)*")


_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
_SPANISH_DIGITS = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
_NUMBER_WORDS = (
    {word: str(i) for i, word in enumerate(_DIGIT_WORDS)}
    | {word: str(i) for i, word in enumerate(_SPANISH_DIGITS)}
    | {"oh": "0", "o": "0"}
)


def digits_after(text: str, start: int) -> str:
    """The digits typed right after `start`, however spaced or spelled ("4 3 2 - 7 1",
    "six one four"), up to the first other word: "ssn is one two three ..." gives "123..."."""
    digits = ""
    for token in re.findall(r"\d+|[A-Za-z]+|[^\w]", text[start : start + 120]):
        if token.isdigit():
            digits += token
        elif token.lower() in _NUMBER_WORDS:
            digits += _NUMBER_WORDS[token.lower()]
        elif token.lower() in ("is", "was", "no", "number", "num") and not digits:
            continue
        elif token not in " -./(),:#+=" and token.lower() not in ("dash", "hyphen"):
            break
    return digits


# A house number, capitalised words, then a city, a state's code and a ZIP code, whatever the
# street's word is or however it is written: "55 CHESTNUT HILL DR SPRINGFIELD IL 62704" (a
# mailing block in capitals, its lines joined).
ADDRESS_CITY_ZIP = re.compile(
    rf"(?<![\w#$.,-])(?<!\d:)\d{{1,6}}[A-Za-z]?,? (?:[A-Z][\w'.-]*,?[ \n]){{2,7}}"
    # the territories too: "Lot 7976, Chalan Asuli\nHagåtña, GU 96910", "Garapan, MP 96950"
    rf"(?:{_STATE_CODES}|GU|MP|VI|AS|Guam|CNMI) \d{{5}}(?:-\d{{4}})?(?!\d)"
)
