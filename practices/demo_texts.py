"""Demo topics, programmes, organisations and good practices in Polish, English and Ukrainian."""

# Every fact comes from the Polish seed documents (000 mission, 001 areas and strategy features,
# 002 Miasta Otwarte 2015, 003 EPI, 004 MILE peer review). Nothing is invented: where a seed
# gives no date, place, website or contact, the field is left empty ("" or None).
# Coordinates are the real city centres (4 decimals) of the municipalities named.
# Rich text bodies use only <p>, <ul>, <li>, <b> and <i>, and every language has the same
# number of paragraphs and list items: translations are mapped segment by segment.
# People's names are kept in the Latin spelling the seeds give, in every language.

AREAS = ("interaction", "participation", "governance")
FEATURES = ("political_commitment", "participation", "narrative", "evaluation", "sustainability")

# City centres used by the practices below.
_RIGA = {"pl": "Ryga", "en": "Riga", "uk": "Рига"}
_RIGA_LATLON = (56.9496, 24.1052)
_SZCZECIN = {"pl": "Szczecin", "en": "Szczecin", "uk": "Щецин"}
_SZCZECIN_LATLON = (53.4285, 14.5528)
_LUBLIN = {"pl": "Lublin", "en": "Lublin", "uk": "Люблін"}
_LUBLIN_LATLON = (51.2465, 22.5684)
_MAGDEBURG = {"pl": "Magdeburg", "en": "Magdeburg", "uk": "Магдебург"}
_MAGDEBURG_LATLON = (52.1205, 11.6276)
_LEIPZIG = {"pl": "Lipsk", "en": "Leipzig", "uk": "Лейпциг"}
_LEIPZIG_LATLON = (51.3397, 12.3731)
_THESSALONIKI = {"pl": "Saloniki", "en": "Thessaloniki", "uk": "Салоніки"}
_THESSALONIKI_LATLON = (40.6401, 22.9444)
_POSTOJNA = {"pl": "Postojna", "en": "Postojna", "uk": "Постойна"}
_POSTOJNA_LATLON = (45.7743, 14.2153)
_NO_PLACE = {"pl": "", "en": "", "uk": ""}

# Regions. Riga and Postojna are given none: the seeds name none, and Latvia and Slovenia have
# no regional self-government comparable to a voivodeship or a German Land.
_WEST_POMERANIA = {
    "pl": "województwo zachodniopomorskie",
    "en": "West Pomeranian Voivodeship",
    "uk": "Західнопоморське воєводство",
}
_LUBLIN_REGION = {
    "pl": "województwo lubelskie",
    "en": "Lublin Voivodeship",
    "uk": "Люблінське воєводство",
}
_SAXONY_ANHALT = {"pl": "Saksonia-Anhalt", "en": "Saxony-Anhalt", "uk": "Саксонія-Ангальт"}
_SAXONY = {"pl": "Saksonia", "en": "Saxony", "uk": "Саксонія"}
_CENTRAL_MACEDONIA = {
    "pl": "Macedonia Środkowa",
    "en": "Central Macedonia",
    "uk": "Центральна Македонія",
}


TOPICS = [
    # The first ten come from seed 000 (main activities) and the issue.
    {
        "key": "labour-market",
        "pl": {"name": "Dostęp do rynku pracy", "slug": "dostep-do-rynku-pracy"},
        "en": {"name": "Access to the labour market", "slug": "labour-market-access"},
        "uk": {"name": "Доступ до ринку праці", "slug": "dostup-do-rynku-pratsi"},
    },
    {
        "key": "vocational-training",
        "pl": {"name": "Szkolenia zawodowe", "slug": "szkolenia-zawodowe"},
        "en": {"name": "Vocational training", "slug": "vocational-training"},
        "uk": {"name": "Професійне навчання", "slug": "profesiine-navchannia"},
    },
    {
        "key": "education",
        "pl": {"name": "Kształcenie", "slug": "ksztalcenie"},
        "en": {"name": "Education", "slug": "education"},
        "uk": {"name": "Освіта", "slug": "osvita"},
    },
    {
        "key": "unaccompanied-minors",
        "pl": {
            "name": "Wsparcie nieletnich pozbawionych opieki",
            "slug": "wsparcie-nieletnich-pozbawionych-opieki",
        },
        "en": {"name": "Support for unaccompanied minors", "slug": "unaccompanied-minors"},
        "uk": {
            "name": "Підтримка неповнолітніх без супроводу",
            "slug": "pidtrymka-nepovnolitnikh-bez-suprovodu",
        },
    },
    {
        "key": "civil-society",
        "pl": {
            "name": "Współpraca partnerska ze społeczeństwem obywatelskim",
            "slug": "wspolpraca-ze-spoleczenstwem-obywatelskim",
        },
        "en": {"name": "Partnership with civil society", "slug": "partnership-with-civil-society"},
        "uk": {
            "name": "Партнерська співпраця з громадянським суспільством",
            "slug": "spivpratsia-z-hromadianskym-suspilstvom",
        },
    },
    {
        "key": "housing",
        "pl": {"name": "Mieszkalnictwo", "slug": "mieszkalnictwo"},
        "en": {"name": "Housing", "slug": "housing"},
        "uk": {"name": "Житло", "slug": "zhytlo"},
    },
    {
        "key": "language-learning",
        "pl": {"name": "Nauka języka", "slug": "nauka-jezyka"},
        "en": {"name": "Language learning", "slug": "language-learning"},
        "uk": {"name": "Вивчення мови", "slug": "vyvchennia-movy"},
    },
    {
        "key": "health",
        "pl": {"name": "Zdrowie", "slug": "zdrowie"},
        "en": {"name": "Health", "slug": "health"},
        "uk": {"name": "Здоров’я", "slug": "zdorovia"},
    },
    {
        "key": "information-services",
        "pl": {"name": "Usługi informacyjne", "slug": "uslugi-informacyjne"},
        "en": {"name": "Information services", "slug": "information-services"},
        "uk": {"name": "Інформаційні послуги", "slug": "informatsiini-posluhy"},
    },
    {
        "key": "public-administration",
        "pl": {
            "name": "Migranci w administracji publicznej",
            "slug": "migranci-w-administracji-publicznej",
        },
        "en": {
            "name": "Migrants in public administration",
            "slug": "migrants-in-public-administration",
        },
        "uk": {
            "name": "Мігранти в публічній адміністрації",
            "slug": "mihranty-v-publichnii-administratsii",
        },
    },
    # Four more, each named in the seeds: social assistance and international students
    # (002), integration strategies and the intercultural city (001, 002, 003), research
    # and evaluation (001 "OCENA", 002 cooperation with a research centre).
    {
        "key": "social-assistance",
        "pl": {"name": "Pomoc społeczna", "slug": "pomoc-spoleczna"},
        "en": {"name": "Social assistance", "slug": "social-assistance"},
        "uk": {"name": "Соціальна допомога", "slug": "sotsialna-dopomoha"},
    },
    {
        "key": "integration-strategy",
        "pl": {
            "name": "Strategie integracji i miasto międzykulturowe",
            "slug": "strategie-integracji-i-miasto-miedzykulturowe",
        },
        "en": {
            "name": "Integration strategies and the intercultural city",
            "slug": "integration-strategies-and-the-intercultural-city",
        },
        "uk": {
            "name": "Стратегії інтеграції та міжкультурне місто",
            "slug": "stratehii-intehratsii-ta-mizhkulturne-misto",
        },
    },
    {
        "key": "research-evaluation",
        "pl": {"name": "Badania i ocena", "slug": "badania-i-ocena"},
        "en": {"name": "Research and evaluation", "slug": "research-and-evaluation"},
        "uk": {"name": "Дослідження та оцінювання", "slug": "doslidzhennia-ta-otsiniuvannia"},
    },
    {
        "key": "higher-education",
        "pl": {
            "name": "Szkolnictwo wyższe i studenci zagraniczni",
            "slug": "szkolnictwo-wyzsze-i-studenci-zagraniczni",
        },
        "en": {
            "name": "Higher education and international students",
            "slug": "higher-education-and-international-students",
        },
        "uk": {
            "name": "Вища освіта та іноземні студенти",
            "slug": "vyshcha-osvita-ta-inozemni-studenty",
        },
    },
]


# The planned Zachodniopomorski System Wsparcia Migrantów is a practice, not a programme:
# seed 000 names it only as one planned project of a single institution (the Voivodeship
# Labour Office in Szczecin), with no practices grouped under it.
PROGRAMMES = [
    {
        "key": "region4integration",
        "website": "",
        "pl": {
            "name": "Miasta i regiony na rzecz integracji (#Region4Integration)",
            "slug": "miasta-i-regiony-na-rzecz-integracji",
            "description": (
                "Inicjatywa zapewnia europejskim regionom polityczną platformę do "
                "zaprezentowania pozytywnych przykładów integracji migrantów i uchodźców, "
                "wymiany istotnych informacji i promowania różnorodności jako wartości "
                "dodanej. Jest realizowana we współpracy z Komisją Europejską oraz "
                "stowarzyszeniami europejskimi: Eurocities, Radą Gmin i Regionów Europy, "
                "Konferencją Peryferyjnych Regionów Nadmorskich Europy i Zgromadzeniem "
                "Regionów Europy."
            ),
        },
        "en": {
            "name": "Cities and Regions for Integration (#Region4Integration)",
            "slug": "cities-and-regions-for-integration",
            "description": (
                "The initiative gives European regions a political platform to present "
                "positive examples of the integration of migrants and refugees, to exchange "
                "relevant information and to promote diversity as an added value. It is run "
                "in cooperation with the European Commission and European associations: "
                "Eurocities, the Council of European Municipalities and Regions, the "
                "Conference of Peripheral Maritime Regions of Europe and the Assembly of "
                "European Regions."
            ),
        },
        "uk": {
            "name": "Міста і регіони для інтеграції (#Region4Integration)",
            "slug": "mista-i-rehiony-dlia-intehratsii",
            "description": (
                "Ініціатива надає європейським регіонам політичну платформу, щоб "
                "представляти позитивні приклади інтеграції мігрантів і біженців, "
                "обмінюватися важливою інформацією та популяризувати різноманіття як додану "
                "цінність. Вона реалізується у співпраці з Європейською Комісією та "
                "європейськими асоціаціями: Eurocities, Радою європейських муніципалітетів "
                "і регіонів, Конференцією периферійних приморських регіонів Європи та "
                "Асамблеєю європейських регіонів."
            ),
        },
    },
    {
        "key": "epi",
        # Seed 003 gives "www.epi-project.com"; the scheme is added only to make it a URL.
        "website": "https://www.epi-project.com",
        "pl": {
            "name": "Europejski Pakt na rzecz Integracji (EPI)",
            "slug": "europejski-pakt-na-rzecz-integracji",
            "description": (
                "Projekt finansowany z europejskiego programu AMIF (umowa o dotację nr "
                "863614). Od lipca 2021 r. miasta EPI, w tym Ryga i Lublin, rozpoczynają "
                "wdrażanie miejskich strategii integracji; działania pilotażowe obejmują "
                "obszary interakcji, uczestnictwa i zarządzania. Od września 2021 r. do "
                "marca 2022 r. EPI organizuje 4 warsztaty, aby dzielić się doświadczeniami "
                "z innymi miastami."
            ),
        },
        "en": {
            "name": "European Pact for Integration (EPI)",
            "slug": "european-pact-for-integration",
            "description": (
                "A project funded by the European AMIF programme (grant agreement No "
                "863614). From July 2021 the EPI cities, including Riga and Lublin, are "
                "starting to implement their city integration strategies; the pilot actions "
                "cover the areas of interaction, participation and governance. From "
                "September 2021 to March 2022 EPI is organising 4 workshops to share its "
                "experience with other cities."
            ),
        },
        "uk": {
            "name": "Європейський пакт за інтеграцію (EPI)",
            "slug": "yevropeiskyi-pakt-za-intehratsiiu",
            "description": (
                "Проєкт, що фінансується з європейської програми AMIF (грантова угода "
                "№ 863614). З липня 2021 року міста EPI, зокрема Рига і Люблін, розпочинають "
                "упровадження міських стратегій інтеграції; пілотні дії охоплюють сфери "
                "взаємодії, участі та управління. З вересня 2021 року до березня 2022 року "
                "EPI проводить 4 семінари, щоб ділитися досвідом з іншими містами."
            ),
        },
    },
    {
        "key": "miasta-otwarte",
        "website": "",
        "pl": {
            "name": "Miasta Otwarte",
            "slug": "miasta-otwarte",
            "description": (
                "Miasta Otwarte to działanie zapoczątkowane w 2014 roku w ramach akcji "
                "społecznej „Włącz się w Polskę”. Jego celem jest wyróżnienie działań "
                "samorządów miejskich na rzecz integracji imigrantów. W 2015 roku, po raz "
                "drugi, wyróżniono inicjatywy szczególnie warte uznania – przede wszystkim "
                "za ich kompleksowość, długofalowość i zaangażowanie samorządu oraz jego "
                "skuteczność. Głównym organizatorem akcji jest warszawska Fundacja "
                "„Inna Przestrzeń”."
            ),
        },
        "en": {
            "name": "Open Cities (Miasta Otwarte)",
            "slug": "open-cities",
            "description": (
                "Miasta Otwarte (Open Cities) is an action launched in 2014 as part of the "
                "social campaign “Włącz się w Polskę”. Its aim is to recognise the work of "
                "city authorities for the integration of immigrants. In 2015, for the second "
                "time, initiatives particularly worthy of recognition were distinguished, "
                "above all for being comprehensive and long-term, for the commitment of the "
                "local authority and for their effectiveness. The main organiser is the "
                "Warsaw-based “Inna Przestrzeń” Foundation."
            ),
        },
        "uk": {
            "name": "Відкриті міста (Miasta Otwarte)",
            "slug": "vidkryti-mista",
            "description": (
                "Miasta Otwarte («Відкриті міста») – акція, започаткована у 2014 році "
                "в межах соціальної кампанії «Włącz się w Polskę». Її мета – відзначати "
                "дії міських органів самоврядування з інтеграції іммігрантів. У 2015 році "
                "вдруге було відзначено ініціативи, особливо гідні визнання, – насамперед "
                "за їхню комплексність, довготривалість, залученість органу самоврядування "
                "та ефективність. Головний організатор акції – варшавський фонд "
                "«Inna Przestrzeń»."
            ),
        },
    },
    {
        # Seed 004 spells it "Migrants’ Integrations in Local Economies"; the name used here
        # is "Migrants’ Integration in Local Economies" (MILE).
        "key": "mile",
        "website": "",
        "pl": {
            "name": "MILE – Migrants’ Integration in Local Economies",
            "slug": "mile",
            "description": (
                "Projekt „Migrants’ Integration in Local Economies” (Migranci na lokalnym "
                "rynku pracy), realizowany przez Województwo Zachodniopomorskie wspólnie "
                "z 11 partnerami z krajów europejskich w ramach Programu Interreg Europa "
                "2021-2027. Jego celem jest wypracowanie przez regiony programów i działań "
                "pozwalających prowadzić w miarę stałą politykę włączenia migrantów spoza UE "
                "do lokalnych społeczeństw i stworzenie równych warunków dostępu do rynków "
                "pracy."
            ),
        },
        "en": {
            "name": "MILE – Migrants’ Integration in Local Economies",
            "slug": "mile",
            "description": (
                "The “Migrants’ Integration in Local Economies” project, carried out by the "
                "West Pomeranian Voivodeship together with 11 partners from European "
                "countries under the Interreg Europe 2021-2027 programme. It aims for the "
                "regions to develop programmes and actions that allow a reasonably stable "
                "policy of including migrants from outside the EU in local societies, and to "
                "create equal conditions of access to labour markets."
            ),
        },
        "uk": {
            "name": "MILE – Migrants’ Integration in Local Economies",
            "slug": "mile",
            "description": (
                "Проєкт «Migrants’ Integration in Local Economies» («Мігранти на місцевому "
                "ринку праці»), який Західнопоморське воєводство реалізує разом з 11 "
                "партнерами з європейських країн у межах програми Interreg Europe 2021-2027. "
                "Його мета – щоб регіони розробили програми й заходи, які дадуть змогу "
                "провадити відносно сталу політику включення мігрантів із країн поза ЄС до "
                "місцевих спільнот, і створити рівні умови доступу до ринків праці."
            ),
        },
    },
    {
        "key": "arrival-regions",
        "website": "",
        "pl": {
            "name": "Arrival Regions",
            "slug": "arrival-regions",
            "description": (
                "Projekt, w ramach którego działania realizują Regionalny Ośrodek Polityki "
                "Społecznej oraz Wydział Współpracy Terytorialnej i Turystyki. Inicjatywa "
                "#Region4Integration wpisuje się w te działania."
            ),
        },
        "en": {
            "name": "Arrival Regions",
            "slug": "arrival-regions",
            "description": (
                "A project under which the Regional Centre for Social Policy and the "
                "Department of Territorial Cooperation and Tourism carry out activities. The "
                "#Region4Integration initiative is in line with these activities."
            ),
        },
        "uk": {
            "name": "Arrival Regions",
            "slug": "arrival-regions",
            "description": (
                "Проєкт, у межах якого діють Регіональний центр соціальної політики та "
                "Відділ територіальної співпраці й туризму. Ініціатива #Region4Integration "
                "узгоджується з цією діяльністю."
            ),
        },
    },
]


ORGANISATIONS = [
    {
        "key": "west-pomerania",
        "website": "",
        "role": "host",  # publishes the site
        "pl": {"name": "Urząd Marszałkowski Województwa Zachodniopomorskiego"},
        "en": {"name": "Marshal's Office of the West Pomeranian Voivodeship"},
        "uk": {"name": "Маршалківське управління Західнопоморського воєводства"},
    },
    {
        "key": "rops",
        "website": "",
        "role": "",
        "pl": {"name": "Regionalny Ośrodek Polityki Społecznej"},
        "en": {"name": "Regional Centre for Social Policy"},
        "uk": {"name": "Регіональний центр соціальної політики"},
    },
    {
        "key": "territorial-cooperation-department",
        "website": "",
        "role": "",
        "pl": {"name": "Wydział Współpracy Terytorialnej i Turystyki"},
        "en": {"name": "Department of Territorial Cooperation and Tourism"},
        "uk": {"name": "Відділ територіальної співпраці й туризму"},
    },
    {
        "key": "wup-szczecin",
        "website": "",
        "role": "",
        "pl": {"name": "Wojewódzki Urząd Pracy w Szczecinie"},
        "en": {"name": "Voivodeship Labour Office in Szczecin"},
        "uk": {"name": "Воєводський центр зайнятості в Щецині"},
    },
    {
        "key": "inna-przestrzen",
        "website": "",
        # Seed 002 names it the main organiser of Miasta Otwarte, not of #Region4Integration:
        # the role shown with the logos on the home page would misstate that, so none.
        "role": "",
        "pl": {"name": "Fundacja „Inna Przestrzeń”"},
        "en": {"name": "“Inna Przestrzeń” Foundation"},
        "uk": {"name": "Фонд «Inna Przestrzeń»"},
    },
    {
        "key": "latvian-language-agency",
        "website": "",
        "role": "",
        "pl": {"name": "Łotewska Agencja Językowa"},
        "en": {"name": "Latvian Language Agency"},
        "uk": {"name": "Агенція латиської мови"},
    },
    {
        "key": "shelter-safe-house",
        "website": "",
        "role": "",
        "pl": {"name": "Schron „Bezpieczny dom”"},
        "en": {"name": "Shelter “Safe House”"},
        "uk": {"name": "Притулок «Безпечний дім»"},
    },
    {
        "key": "riga-city",
        "website": "",
        "role": "",
        "pl": {"name": "Miasto Ryga"},
        "en": {"name": "Riga City Council"},
        "uk": {"name": "Ризька міська рада"},
    },
    {
        "key": "lublin-city",
        "website": "",
        "role": "",
        "pl": {"name": "Miasto Lublin"},
        "en": {"name": "City of Lublin"},
        "uk": {"name": "Місто Люблін"},
    },
    {
        "key": "bema",
        "website": "",
        "role": "",
        "pl": {"name": "BemA – doradztwo dla pracowników migrujących w Saksonii-Anhalt"},
        "en": {"name": "BemA – advice for migrant workers in Saxony-Anhalt"},
        "uk": {"name": "BemA – консультування працівників-мігрантів у Саксонії-Ангальт"},
    },
    {
        "key": "ifl-leipzig",
        "website": "",
        "role": "",
        "pl": {"name": "Lipski Instytut Geografii Regionalnej (Leibniz-Institut für Länderkunde)"},
        "en": {
            "name": "Leipzig Institute for Regional Geography (Leibniz-Institut für Länderkunde)"
        },
        "uk": {
            "name": "Лейпцизький інститут регіональної географії (Leibniz-Institut für Länderkunde)"
        },
    },
    {
        "key": "central-macedonia",
        "website": "",
        "role": "",
        "pl": {"name": "Region Centralnej Macedonii"},
        "en": {"name": "Region of Central Macedonia"},
        "uk": {"name": "Регіон Центральна Македонія"},
    },
    {
        "key": "thessaloniki-migrants-department",
        "website": "",
        "role": "",
        "pl": {"name": "Departament Wsparcia i Integracji Migrantów i Uchodźców Miasta Saloniki"},
        "en": {
            "name": (
                "Department for Support and Integration of Migrants and Refugees, "
                "City of Thessaloniki"
            )
        },
        "uk": {"name": "Департамент підтримки та інтеграції мігрантів і біженців міста Салоніки"},
    },
    {
        "key": "postojna-city",
        "website": "",
        "role": "",
        "pl": {"name": "Miasto Postojna"},
        "en": {"name": "City of Postojna"},
        "uk": {"name": "Місто Постойна"},
    },
    {
        # Seed 004 calls it "Organizacja Młodych – Centrum Postojna".
        "key": "youth-centre-postojna",
        "website": "",
        "role": "",
        "pl": {"name": "Centrum Młodzieży Postojna"},
        "en": {"name": "Youth Centre Postojna"},
        "uk": {"name": "Молодіжний центр Постойни"},
    },
    # Seed 000: the initiative is run in cooperation with the European Commission and these
    # European associations.
    {
        "key": "eurocities",
        "website": "",
        "role": "partner",
        "pl": {"name": "Eurocities"},
        "en": {"name": "Eurocities"},
        "uk": {"name": "Eurocities"},
    },
    {
        "key": "cemr",
        "website": "",
        "role": "partner",
        "pl": {"name": "Rada Gmin i Regionów Europy"},
        "en": {"name": "Council of European Municipalities and Regions"},
        "uk": {"name": "Рада європейських муніципалітетів і регіонів"},
    },
    {
        "key": "cpmr",
        "website": "",
        "role": "partner",
        "pl": {"name": "Konferencja Peryferyjnych Regionów Nadmorskich Europy"},
        "en": {"name": "Conference of Peripheral Maritime Regions of Europe"},
        "uk": {"name": "Конференція периферійних приморських регіонів Європи"},
    },
    {
        "key": "aer",
        "website": "",
        "role": "partner",
        "pl": {"name": "Zgromadzenie Regionów Europy"},
        "en": {"name": "Assembly of European Regions"},
        "uk": {"name": "Асамблея європейських регіонів"},
    },
    {
        "key": "european-commission",
        "website": "",
        "role": "partner",
        "pl": {"name": "Komisja Europejska"},
        "en": {"name": "European Commission"},
        "uk": {"name": "Європейська Комісія"},
    },
]


# --- Paragraphs shared by several practices -----------------------------------------------

_EPI_EVENTS = {
    "pl": (
        "<p>Od lipca 2021 r. do końca roku miasta EPI organizują wydarzenia mające na celu "
        "rozpoczęcie wdrażania miejskich strategii integracji oraz podniesienie świadomości na "
        "temat działań pilotażowych, które zostaną przeprowadzone w ostatnim roku realizacji "
        "projektu EPI.</p>"
    ),
    "en": (
        "<p>From July 2021 to the end of the year, the EPI cities are holding events to start "
        "implementing their city integration strategies and to raise awareness of the pilot "
        "actions that will be carried out in the final year of the EPI project.</p>"
    ),
    "uk": (
        "<p>З липня 2021 року до кінця року міста EPI проводять заходи, щоб розпочати "
        "впровадження міських стратегій інтеграції та підвищити обізнаність про пілотні дії, "
        "які буде здійснено в останній рік реалізації проєкту EPI.</p>"
    ),
}

_RIGA_EVENT = {
    "pl": (
        "<p>W wydarzeniu inauguracyjnym, które odbyło się w Rydze 1 lipca 2021 r., wzięło "
        "udział 26 osób, w tym przedstawiciele wydziałów Urzędu Miasta Rygi, organizacje "
        "pozarządowe i instytucje państwowe pracujące z migrantami. Zaprezentowano na nim kilka "
        "najlepszych praktyk integracyjnych na Łotwie jako przykłady do omówienia działań "
        "pilotażowych EPI, które ma wdrożyć miasto Ryga, jedno z miast EPI.</p>"
    ),
    "en": (
        "<p>The inaugural event, held in Riga on 1 July 2021, was attended by 26 people, "
        "including representatives of Riga City Council departments, non-governmental "
        "organisations and state institutions working with migrants. Several of the best "
        "integration practices in Latvia were presented there as examples for discussing the "
        "EPI pilot actions to be implemented by the City of Riga, one of the EPI cities.</p>"
    ),
    "uk": (
        "<p>В інавгураційному заході, що відбувся в Ризі 1 липня 2021 року, взяли участь "
        "26 осіб, зокрема представники департаментів Ризької міської ради, громадські "
        "організації та державні установи, які працюють з мігрантами. На ньому представили "
        "кілька найкращих інтеграційних практик Латвії як приклади для обговорення пілотних "
        "дій EPI, які має впровадити місто Рига – одне з міст EPI.</p>"
    ),
}

_EPI_AREAS = {
    "pl": (
        "<p>W fazie pilotażowej miasta EPI określiły następujące kluczowe obszary, na których "
        "skupiają się ich działania:</p>"
        "<ul>"
        "<li><b>Interakcja</b>: otwieranie przestrzeni i możliwości interakcji "
        "i współtworzenia między ludźmi o różnym pochodzeniu kulturowym, co pomoże budować "
        "zaufanie i spójność, a tym samym realizować twórczy potencjał różnorodności.</li>"
        "<li><b>Uczestnictwo</b>: stymulowanie aktywnego zaangażowania społeczności lokalnych "
        "w kształtowanie polityki, gwarantując udział każdego obywatela.</li>"
        "<li><b>Zarządzanie</b>: sprawienie, aby integracja migrantów stała się kluczowym "
        "priorytetem w agendzie miast, budowa międzykulturowej narracji i kompetencji wśród "
        "pracowników miast.</li>"
        "</ul>"
    ),
    "en": (
        "<p>In the pilot phase, the EPI cities identified the following key areas on which "
        "their actions focus:</p>"
        "<ul>"
        "<li><b>Interaction</b>: opening up spaces and opportunities for interaction and "
        "co-creation between people of different cultural backgrounds, helping to build trust "
        "and cohesion and thus realise the creative potential of diversity.</li>"
        "<li><b>Participation</b>: stimulating the active involvement of local communities in "
        "shaping policy, guaranteeing the participation of every citizen.</li>"
        "<li><b>Governance</b>: making migrant integration a key priority on the cities' "
        "agenda, and building an intercultural narrative and competences among city "
        "staff.</li>"
        "</ul>"
    ),
    "uk": (
        "<p>На пілотному етапі міста EPI визначили такі ключові сфери, на яких зосереджено "
        "їхні дії:</p>"
        "<ul>"
        "<li><b>Взаємодія</b>: відкриття простору й можливостей для взаємодії та спільної "
        "творчості людей різного культурного походження, що допомагає будувати довіру "
        "й згуртованість і таким чином розкривати творчий потенціал різноманіття.</li>"
        "<li><b>Участь</b>: стимулювання активного залучення місцевих громад до формування "
        "політики з гарантуванням участі кожного громадянина.</li>"
        "<li><b>Управління</b>: перетворення інтеграції мігрантів на ключовий пріоритет "
        "у порядку денному міст, формування міжкультурного наративу та компетентностей "
        "у працівників міських установ.</li>"
        "</ul>"
    ),
}

_EPI_FEATURES = {
    "pl": (
        "<p>Rozwijając swoje działania, miasta EPI uwzględniają kilka cech:</p>"
        "<ul>"
        "<li><b>zaangażowanie miast</b> – miasta inwestują w rozwój działań EPI, a ich "
        "pracownicy z pasją i oddaniem wspierają projekt,</li>"
        "<li><b>uczestnictwo</b> – działania powstają w procesie z udziałem wielu "
        "interesariuszy, od pracowników miast i innych władz lokalnych po lokalne organizacje "
        "pozarządowe i społeczności,</li>"
        "<li><b>zaangażowanie społeczności</b> – działania mają angażować społeczności lokalne, "
        "nie zostawiając nikogo w tyle,</li>"
        "<li><b>zrównoważony rozwój</b> – działania mają trwać w dłuższej perspektywie.</li>"
        "</ul>"
    ),
    "en": (
        "<p>In developing their actions, the EPI cities take several features into "
        "account:</p>"
        "<ul>"
        "<li><b>commitment of the cities</b> – the cities invest in developing EPI actions, "
        "and their staff support the project with passion and dedication,</li>"
        "<li><b>participation</b> – actions are developed in a process involving several "
        "stakeholders, from city staff and other local authorities to local NGOs and "
        "communities,</li>"
        "<li><b>community engagement</b> – actions are meant to engage local communities, "
        "leaving no one behind,</li>"
        "<li><b>sustainability</b> – actions are meant to last in the long term.</li>"
        "</ul>"
    ),
    "uk": (
        "<p>Розвиваючи свої дії, міста EPI враховують кілька рис:</p>"
        "<ul>"
        "<li><b>залученість міст</b> – міста інвестують у розвиток дій EPI, а їхні працівники "
        "з ентузіазмом і відданістю підтримують проєкт,</li>"
        "<li><b>участь</b> – дії розробляють у процесі, до якого долучені різні зацікавлені "
        "сторони: від працівників міст та інших органів місцевої влади до місцевих громадських "
        "організацій і громад,</li>"
        "<li><b>залучення громад</b> – дії мають залучати місцеві громади, нікого не "
        "залишаючи осторонь,</li>"
        "<li><b>сталий розвиток</b> – дії мають бути довготривалими.</li>"
        "</ul>"
    ),
}

_REGION_CONTEXT = {
    "pl": (
        "<p>Inicjatywa „Miasta i regiony na rzecz integracji” (#Region4Integration) wpisuje "
        "się w działania Regionalnego Ośrodka Polityki Społecznej oraz Wydziału Współpracy "
        "Terytorialnej i Turystyki, realizowane w ramach projektu <i>Arrival Regions</i>, "
        "oraz Wojewódzkiego Urzędu Pracy w Szczecinie w ramach planowanego projektu "
        "<i>Zachodniopomorski System Wsparcia Migrantów</i>.</p>"
    ),
    "en": (
        "<p>The “Cities and Regions for Integration” initiative (#Region4Integration) is in "
        "line with the activities of the Regional Centre for Social Policy and the Department "
        "of Territorial Cooperation and Tourism, carried out under the <i>Arrival Regions</i> "
        "project, and of the Voivodeship Labour Office in Szczecin under the planned project "
        "<i>West Pomeranian Migrant Support System</i>.</p>"
    ),
    "uk": (
        "<p>Ініціатива «Міста і регіони для інтеграції» (#Region4Integration) узгоджується "
        "з діяльністю Регіонального центру соціальної політики та Відділу територіальної "
        "співпраці й туризму в межах проєкту <i>Arrival Regions</i>, а також Воєводського "
        "центру зайнятості в Щецині в межах запланованого проєкту <i>Західнопоморська система "
        "підтримки мігрантів</i>.</p>"
    ),
}

_MILE_PEER_REVIEW = {
    "pl": (
        "<p>Przedstawiciele partnerów i interesariuszy projektu MILE (<i>Migrants’ Integration "
        "in Local Economies</i>, Program Interreg Europa 2021-2027) z Niemiec, Grecji "
        "i Słowenii zostali zaproszeni na spotkania peer review, które odbyły się w dniach "
        "18–20 marca w Sejmiku Województwa Zachodniopomorskiego w Szczecinie. Mieli tam "
        "okazję podzielić się swoimi doświadczeniami, dobrymi praktykami i propozycjami "
        "rozwiązań, a także perspektywami i oczekiwaniami dotyczącymi dalszego rozwoju "
        "polityki migracyjnej w województwie zachodniopomorskim.</p>"
    ),
    "en": (
        "<p>Representatives of partners and stakeholders of the MILE project (<i>Migrants’ "
        "Integration in Local Economies</i>, Interreg Europe 2021-2027 programme) from "
        "Germany, Greece and Slovenia were invited to the peer review meetings held on "
        "18–20 March at the Regional Assembly of the West Pomeranian Voivodeship in Szczecin. "
        "There they had the opportunity to share their experiences, good practices and "
        "proposed solutions, as well as their perspectives and expectations for the further "
        "development of migration policy in the West Pomeranian Voivodeship.</p>"
    ),
    "uk": (
        "<p>Представників партнерів і зацікавлених сторін проєкту MILE (<i>Migrants’ "
        "Integration in Local Economies</i>, програма Interreg Europe 2021-2027) з Німеччини, "
        "Греції та Словенії було запрошено на зустрічі взаємної оцінки (peer review), що "
        "відбулися 18–20 березня в Сеймику Західнопоморського воєводства в Щецині. Там вони "
        "мали змогу поділитися своїм досвідом, добрими практиками й пропозиціями рішень, "
        "а також баченням і очікуваннями щодо подальшого розвитку міграційної політики "
        "в Західнопоморському воєводстві.</p>"
    ),
}

# Miasta Otwarte 2015 (seed 002): the same context closes every kind of action recognised.
_MO_CRITERIA = {
    "pl": (
        "<p>Akcja Miasta Otwarte, zapoczątkowana w 2014 roku w ramach akcji społecznej "
        "„Włącz się w Polskę”, wyróżnia działania samorządów miejskich na rzecz integracji "
        "imigrantów. W 2015 roku, po raz drugi, doceniono inicjatywy szczególnie warte "
        "uznania – przede wszystkim za ich kompleksowość, długofalowość i zaangażowanie "
        "samorządu oraz jego skuteczność.</p>"
    ),
    "en": (
        "<p>The Miasta Otwarte action, launched in 2014 as part of the social campaign "
        "“Włącz się w Polskę”, recognises the work of city authorities for the integration of "
        "immigrants. In 2015, for the second time, it distinguished initiatives particularly "
        "worthy of recognition, above all for being comprehensive and long-term, for the "
        "commitment of the local authority and for their effectiveness.</p>"
    ),
    "uk": (
        "<p>Акція Miasta Otwarte, започаткована у 2014 році в межах соціальної кампанії "
        "«Włącz się w Polskę», відзначає дії міських органів самоврядування з інтеграції "
        "іммігрантів. У 2015 році вона вдруге відзначила ініціативи, особливо гідні визнання, "
        "– насамперед за їхню комплексність, довготривалість, залученість органу "
        "самоврядування та ефективність.</p>"
    ),
}

_MO_SELECTION = {
    "pl": (
        "<p>Wybór przebiegał dwuetapowo. Najpierw eksperci z Warszawy, Krakowa, Lublina, "
        "Poznania, Łodzi i Gdańska – naukowcy i działacze organizacji pozarządowych, "
        "zajmujący się na co dzień problematyką wielokulturowości i integracji – przygotowali "
        "raporty dotyczące podejmowanych przez samorządy praktyk na rzecz migrantów. "
        "Ostatecznego wyboru dokonało jury migranckie:</p>"
        "<ul>"
        "<li>Kenijka Priscilla Rubia z Łodzi,</li>"
        "<li>Ghańczyk Harris Mawusi z Gdańska,</li>"
        "<li>Kubańczyk Jose Torres reprezentujący Wrocław,</li>"
        "<li>Ukrainiec Edward Krajczyński z Lublina,</li>"
        "<li>Wietnamczyk Ngo Hoang Minh z Warszawy.</li>"
        "</ul>"
    ),
    "en": (
        "<p>The selection had two stages. First, experts from Warsaw, Kraków, Lublin, Poznań, "
        "Łódź and Gdańsk – researchers and NGO activists who work on multiculturalism and "
        "integration every day – prepared reports on local authorities' practices for "
        "migrants. A migrant jury then made the final choice:</p>"
        "<ul>"
        "<li>Priscilla Rubia (Kenya), from Łódź,</li>"
        "<li>Harris Mawusi (Ghana), from Gdańsk,</li>"
        "<li>Jose Torres (Cuba), representing Wrocław,</li>"
        "<li>Edward Krajczyński (Ukraine), from Lublin,</li>"
        "<li>Ngo Hoang Minh (Vietnam), from Warsaw.</li>"
        "</ul>"
    ),
    "uk": (
        "<p>Відбір проходив у два етапи. Спершу експерти з Варшави, Кракова, Любліна, "
        "Познані, Лодзі та Гданська – науковці й активісти громадських організацій, які "
        "щодня працюють із питаннями багатокультурності та інтеграції, – підготували звіти "
        "про практики органів самоврядування на користь мігрантів. Остаточний вибір зробило "
        "журі з мігрантів:</p>"
        "<ul>"
        "<li>кенійка Priscilla Rubia з Лодзі,</li>"
        "<li>ганець Harris Mawusi з Гданська,</li>"
        "<li>кубинець Jose Torres, який представляв Вроцлав,</li>"
        "<li>українець Edward Krajczyński з Любліна,</li>"
        "<li>в’єтнамець Ngo Hoang Minh з Варшави.</li>"
        "</ul>"
    ),
}

_MO_CEREMONY = {
    "pl": (
        "<p>Uroczyste wręczenie wyróżnień z udziałem przedstawicieli docenionych samorządów "
        "zaplanowano na 14 maja 2015 r. o godz. 15:30 w Synagodze pod Białym Bocianem "
        "we Wrocławiu, podczas otwarcia IV Międzysektorowego Forum Lokalnych Polityk "
        "Migracyjnych.</p>"
    ),
    "en": (
        "<p>The award ceremony, with representatives of the recognised local authorities, was "
        "scheduled for 14 May 2015 at 15:30 in the White Stork Synagogue (Synagoga pod Białym "
        "Bocianem) in Wrocław, at the opening of the 4th Cross-Sector Forum on Local Migration "
        "Policies.</p>"
    ),
    "uk": (
        "<p>Урочисте вручення відзнак за участю представників відзначених органів "
        "самоврядування заплановано на 14 травня 2015 року о 15:30 у синагозі «Під Білим "
        "Лелекою» (Synagoga pod Białym Bocianem) у Вроцлаві під час відкриття IV "
        "Міжсекторального форуму місцевих міграційних політик.</p>"
    ),
}


def _body(*parts):
    """Join shared and own paragraphs into one body per language."""
    return {lang: "".join(part[lang] for part in parts) for lang in ("pl", "en", "uk")}


def _text(pl, en, uk):
    return {"pl": pl, "en": en, "uk": uk}


def _practice(
    key,
    place,
    region,
    country,
    latlon,
    area,
    features,
    topics,
    programme,
    year,
    organisation,
    titles,
    slugs,
    summaries,
    body,
):
    """One practice in the shape the loader expects (website and contact: none given)."""
    latitude, longitude = latlon if latlon else (None, None)
    practice = {
        "key": key,
        "city": dict(place),
        "region": dict(region),
        "country": country,
        "latitude": latitude,
        "longitude": longitude,
        "area": area,
        "features": list(features),
        "topics": list(topics),
        "programme": programme,
        "year": year,
        "organisation": organisation,
        "website": "",
        "contact": "",
    }
    for lang in ("pl", "en", "uk"):
        practice[lang] = {
            "title": titles[lang],
            "slug": slugs[lang],
            "summary": summaries[lang],
            "body": body[lang],
        }
    return practice


def _miasta_otwarte(key, area, features, topics, titles, slugs):
    """A kind of municipal action the Miasta Otwarte 2015 jury recognised.

    Seed 002 lists eleven kinds of action but names no municipality for any of them, so the
    place, coordinates and organisation stay empty. Every awarded initiative was judged above
    all on comprehensiveness, long-term character, the local authority's commitment and
    effectiveness: hence political_commitment and sustainability for each kind.
    """
    summaries = _text(
        f"{titles['pl']} – jeden z rodzajów działań samorządów miejskich na rzecz integracji "
        "imigrantów, docenionych przez jury akcji Miasta Otwarte w 2015 roku.",
        f"{titles['en']}: one of the kinds of municipal action for the integration of "
        "immigrants recognised by the Miasta Otwarte (Open Cities) jury in 2015.",
        f"{titles['uk']} – один із видів дій міських органів самоврядування з інтеграції "
        "іммігрантів, відзначених журі акції Miasta Otwarte («Відкриті міста») у 2015 році.",
    )
    own = _text(
        f"<p><b>{titles['pl']}</b> to jeden z jedenastu rodzajów działań samorządów miejskich "
        "na rzecz integracji imigrantów, za które jurorzy akcji Miasta Otwarte docenili "
        "samorządy w 2015 roku.</p>",
        "<p>In 2015 the Miasta Otwarte (Open Cities) jury recognised local authorities for "
        "eleven kinds of municipal action for the integration of immigrants. This is one of "
        f"them: <b>{titles['en']}</b>.</p>",
        f"<p><b>{titles['uk']}</b> – один з одинадцяти видів дій міських органів "
        "самоврядування з інтеграції іммігрантів, за які журі акції Miasta Otwarte "
        "(«Відкриті міста») відзначило органи самоврядування у 2015 році.</p>",
    )
    return _practice(
        key,
        _NO_PLACE,
        _NO_PLACE,
        "PL",
        None,
        area,
        ["political_commitment", "sustainability", *features],
        topics,
        "miasta-otwarte",
        2015,
        None,
        titles,
        slugs,
        summaries,
        _body(own, _MO_CRITERIA, _MO_SELECTION, _MO_CEREMONY),
    )


PRACTICES = [
    # --- EPI, Riga, 1 July 2021 (seed 003): three presentations and the city strategy ---
    _practice(
        "riga-latvian-language-app",
        _RIGA,
        _NO_PLACE,
        "LV",
        _RIGA_LATLON,
        "interaction",
        [],
        ["language-learning"],
        "epi",
        2021,
        "latvian-language-agency",
        _text(
            "Aplikacja cyfrowa do nauki języka łotewskiego",
            "A digital app for learning Latvian",
            "Цифровий застосунок для вивчення латиської мови",
        ),
        _text(
            "aplikacja-cyfrowa-do-nauki-jezyka-lotewskiego",
            "digital-app-for-learning-latvian",
            "tsyfrovyi-zastosunok-dlia-vyvchennia-latyskoi-movy",
        ),
        _text(
            "Aplikacja cyfrowa z zasobami do nauki języka łotewskiego na różnych poziomach "
            "zaawansowania, zaprezentowana w Rydze 1 lipca 2021 r. przez Łotewską Agencję "
            "Językową.",
            "A digital app with resources for learning Latvian at different levels of "
            "proficiency, presented in Riga on 1 July 2021 by the Latvian Language Agency.",
            "Цифровий застосунок із матеріалами для вивчення латиської мови на різних рівнях "
            "володіння, який Агенція латиської мови представила в Ризі 1 липня 2021 року.",
        ),
        _body(
            _text(
                "<p>Ērika Pičukāne z Łotewskiej Agencji Językowej zaprezentowała aplikację "
                "cyfrową udostępniającą zasoby do nauki języka łotewskiego na różnych "
                "poziomach zaawansowania językowego.</p>",
                "<p>Ērika Pičukāne of the Latvian Language Agency presented a digital app "
                "that provides resources for learning Latvian at different levels of language "
                "proficiency.</p>",
                "<p>Ērika Pičukāne з Агенції латиської мови представила цифровий застосунок, "
                "який надає матеріали для вивчення латиської мови на різних рівнях володіння "
                "мовою.</p>",
            ),
            _RIGA_EVENT,
        ),
    ),
    _practice(
        "riga-latvian-discussion-clubs",
        _RIGA,
        _NO_PLACE,
        "LV",
        _RIGA_LATLON,
        "interaction",
        [],
        ["language-learning", "civil-society"],
        "epi",
        2021,
        "shelter-safe-house",
        _text(
            "Łotewskie kluby dyskusyjne dla nowo przybyłych",
            "Latvian discussion clubs for newcomers",
            "Латиські дискусійні клуби для новоприбулих",
        ),
        _text(
            "lotewskie-kluby-dyskusyjne-dla-nowo-przybylych",
            "latvian-discussion-clubs-for-newcomers",
            "latyski-dyskusiini-kluby-dlia-novoprybulykh",
        ),
        _text(
            "Pilotażowy projekt łotewskich klubów dyskusyjnych dla nowo przybyłych, "
            "zaprezentowany w Rydze 1 lipca 2021 r. przez organizację pozarządową Schron "
            "„Bezpieczny dom”.",
            "A pilot project of Latvian discussion clubs for newcomers, presented in Riga on "
            "1 July 2021 by the NGO Shelter “Safe House”.",
            "Пілотний проєкт латиських дискусійних клубів для новоприбулих, який громадська "
            "організація «Притулок „Безпечний дім“» представила в Ризі 1 липня 2021 року.",
        ),
        _body(
            _text(
                "<p>Alvis Šķendērs z organizacji pozarządowej Schron „Bezpieczny dom” "
                "kontynuował prezentację, przedstawiając pilotażowy projekt łotewskich klubów "
                "dyskusyjnych dla nowo przybyłych.</p>",
                "<p>Alvis Šķendērs of the NGO Shelter “Safe House” continued the presentation "
                "with a pilot project of Latvian discussion clubs for newcomers.</p>",
                "<p>Alvis Šķendērs із громадської організації «Притулок „Безпечний дім“» "
                "продовжив презентацію, розповівши про пілотний проєкт латиських дискусійних "
                "клубів для новоприбулих.</p>",
            ),
            _RIGA_EVENT,
        ),
    ),
    _practice(
        "riga-guide-for-newcomers",
        _RIGA,
        _NO_PLACE,
        "LV",
        _RIGA_LATLON,
        "governance",
        [],
        ["information-services"],
        "epi",
        2021,
        "riga-city",
        _text(
            "Aktualizacja „Przewodnika dla nowoprzybyłych w gminie Ryga”",
            "Update of the “Guide for newcomers in the Riga municipality”",
            "Оновлення «Путівника для новоприбулих у муніципалітеті Рига»",
        ),
        _text(
            "przewodnik-dla-nowoprzybylych-w-gminie-ryga",
            "guide-for-newcomers-in-the-riga-municipality",
            "putivnyk-dlia-novoprybulykh-u-munitsypaliteti-ryha",
        ),
        _text(
            "Pełna i odpowiednia aktualizacja „Przewodnika dla nowoprzybyłych w gminie Ryga” – "
            "projekt pilotażowy zaprezentowany przez miasto Ryga 1 lipca 2021 r.",
            "A full and appropriate update of the “Guide for newcomers in the Riga "
            "municipality”, a pilot project presented by the City of Riga on 1 July 2021.",
            "Повне й належне оновлення «Путівника для новоприбулих у муніципалітеті Рига» – "
            "пілотний проєкт, який місто Рига представило 1 липня 2021 року.",
        ),
        _body(
            _text(
                "<p>Indra Vilde z miasta Ryga przedstawiła ostatni projekt pilotażowy: pełną "
                "i odpowiednią aktualizację „Przewodnika dla nowoprzybyłych w gminie "
                "Ryga”.</p>",
                "<p>Indra Vilde of the City of Riga presented the last pilot project: a full "
                "and appropriate update of the “Guide for newcomers in the Riga "
                "municipality”.</p>",
                "<p>Indra Vilde з міста Рига представила останній пілотний проєкт – повне "
                "й належне оновлення «Путівника для новоприбулих у муніципалітеті Рига».</p>",
            ),
            _RIGA_EVENT,
        ),
    ),
    _practice(
        "riga-city-integration-strategy",
        _RIGA,
        _NO_PLACE,
        "LV",
        _RIGA_LATLON,
        "governance",
        # Seed 003: EPI cities build their actions on commitment, participation of several
        # stakeholders and sustainability; the inaugural events raise awareness (narrative).
        ["political_commitment", "participation", "narrative", "sustainability"],
        ["integration-strategy"],
        "epi",
        2021,
        "riga-city",
        _text(
            "Miejska strategia integracji Rygi w projekcie EPI",
            "Riga's city integration strategy in the EPI project",
            "Міська стратегія інтеграції Риги в проєкті EPI",
        ),
        _text(
            "miejska-strategia-integracji-rygi",
            "riga-city-integration-strategy",
            "miska-stratehiia-intehratsii-ryhy",
        ),
        _text(
            "Ryga, jedno z miast projektu EPI, rozpoczęła wdrażanie miejskiej strategii "
            "integracji wydarzeniem inauguracyjnym 1 lipca 2021 r., w którym wzięło udział "
            "26 osób.",
            "Riga, one of the EPI project cities, started implementing its city integration "
            "strategy with an inaugural event on 1 July 2021, attended by 26 people.",
            "Рига, одне з міст проєкту EPI, розпочала впровадження міської стратегії "
            "інтеграції інавгураційним заходом 1 липня 2021 року, у якому взяли участь "
            "26 осіб.",
        ),
        _body(
            _EPI_EVENTS,
            _RIGA_EVENT,
            _text(
                "<p>Przykładami były:</p>"
                "<ul>"
                "<li>aplikacja cyfrowa udostępniająca zasoby do nauki języka łotewskiego na "
                "różnych poziomach zaawansowania (Ērika Pičukāne, Łotewska Agencja "
                "Językowa),</li>"
                "<li>pilotażowy projekt łotewskich klubów dyskusyjnych dla nowo przybyłych "
                "(Alvis Šķendērs, organizacja pozarządowa Schron „Bezpieczny dom”),</li>"
                "<li>pełna i odpowiednia aktualizacja „Przewodnika dla nowoprzybyłych "
                "w gminie Ryga” (Indra Vilde, miasto Ryga).</li>"
                "</ul>",
                "<p>The examples were:</p>"
                "<ul>"
                "<li>a digital app that provides resources for learning Latvian at different "
                "levels of proficiency (Ērika Pičukāne, Latvian Language Agency),</li>"
                "<li>a pilot project of Latvian discussion clubs for newcomers (Alvis "
                "Šķendērs, NGO Shelter “Safe House”),</li>"
                "<li>a full and appropriate update of the “Guide for newcomers in the Riga "
                "municipality” (Indra Vilde, City of Riga).</li>"
                "</ul>",
                "<p>Прикладами були:</p>"
                "<ul>"
                "<li>цифровий застосунок, який надає матеріали для вивчення латиської мови "
                "на різних рівнях володіння (Ērika Pičukāne, Агенція латиської мови),</li>"
                "<li>пілотний проєкт латиських дискусійних клубів для новоприбулих (Alvis "
                "Šķendērs, громадська організація «Притулок „Безпечний дім“»),</li>"
                "<li>повне й належне оновлення «Путівника для новоприбулих у муніципалітеті "
                "Рига» (Indra Vilde, місто Рига).</li>"
                "</ul>",
            ),
            _EPI_AREAS,
            _EPI_FEATURES,
        ),
    ),
    # --- EPI, Lublin, 31 July 2021 (seed 003) ---
    _practice(
        "lublin-city-integration-strategy",
        _LUBLIN,
        _LUBLIN_REGION,
        "PL",
        _LUBLIN_LATLON,
        "interaction",
        ["political_commitment", "participation", "narrative", "sustainability"],
        ["integration-strategy"],
        "epi",
        2021,
        "lublin-city",
        _text(
            "Miejska strategia integracji Lublina w projekcie EPI: inauguracja z flash mobem",
            "Lublin's city integration strategy in the EPI project: a flash mob inauguration",
            "Міська стратегія інтеграції Любліна в проєкті EPI: старт із флешмобом",
        ),
        _text(
            "miejska-strategia-integracji-lublina",
            "lublin-city-integration-strategy",
            "miska-stratehiia-intehratsii-liublina",
        ),
        _text(
            "Lublin, jedno z miast projektu EPI, zainaugurował wdrażanie miejskiej strategii "
            "integracji 31 lipca 2021 r. akcją flash mob pełną radości, tańców i zabawy.",
            "Lublin, one of the EPI project cities, inaugurated the implementation of its city "
            "integration strategy on 31 July 2021 with a flash mob full of joy, dancing and "
            "fun.",
            "Люблін, одне з міст проєкту EPI, 31 липня 2021 року розпочав упровадження "
            "міської стратегії інтеграції флешмобом, сповненим радості, танців і веселощів.",
        ),
        _body(
            _EPI_EVENTS,
            _text(
                "<p>Impreza inauguracyjna w Lublinie, jednym z miast EPI, odbyła się 31 lipca "
                "2021 r. Z tej okazji miasto Lublin zorganizowało akcję flash mob, pełną "
                "radości, tańców i zabawy. Całość utrwalono w filmie.</p>",
                "<p>The inaugural event in Lublin, one of the EPI cities, took place on "
                "31 July 2021. For the occasion, the City of Lublin organised a flash mob full "
                "of joy, dancing and fun. It was all captured on film.</p>",
                "<p>Інавгураційний захід у Любліні, одному з міст EPI, відбувся 31 липня "
                "2021 року. З цієї нагоди місто Люблін організувало флешмоб, сповнений "
                "радості, танців і веселощів. Усе це зафіксовано на відео.</p>",
            ),
            _text(
                "<p>Akcję przedstawiamy jako przykład działań w obszarze <b>interakcji</b>, "
                "czyli otwierania przestrzeni i możliwości interakcji oraz współtworzenia "
                "między ludźmi o różnym pochodzeniu kulturowym.</p>",
                "<p>We present it as an example of action in the area of <b>interaction</b>: "
                "opening up spaces and opportunities for interaction and co-creation between "
                "people of different cultural backgrounds.</p>",
                "<p>Ми наводимо цю акцію як приклад дій у сфері <b>взаємодії</b>, тобто "
                "відкриття простору й можливостей для взаємодії та спільної творчості людей "
                "різного культурного походження.</p>",
            ),
            _EPI_FEATURES,
        ),
    ),
    # --- West Pomeranian Voivodeship (seed 000) ---
    # A practice with no programme: see the note above PROGRAMMES. Topic labour-market is a
    # classification by the remit of the Voivodeship Labour Office; the seed gives only the
    # project's name, so the text claims nothing about its content. No year: it is planned.
    _practice(
        "west-pomeranian-migrant-support-system",
        _SZCZECIN,
        _WEST_POMERANIA,
        "PL",
        _SZCZECIN_LATLON,
        "governance",
        [],
        ["labour-market"],
        None,
        None,
        "wup-szczecin",
        _text(
            "Zachodniopomorski System Wsparcia Migrantów (projekt planowany)",
            "West Pomeranian Migrant Support System (planned project)",
            "Західнопоморська система підтримки мігрантів (запланований проєкт)",
        ),
        _text(
            "zachodniopomorski-system-wsparcia-migrantow",
            "west-pomeranian-migrant-support-system",
            "zakhidnopomorska-systema-pidtrymky-mihrantiv",
        ),
        _text(
            "Planowany projekt Wojewódzkiego Urzędu Pracy w Szczecinie. Inicjatywa "
            "#Region4Integration wpisuje się w jego działania.",
            "A planned project of the Voivodeship Labour Office in Szczecin. The "
            "#Region4Integration initiative is in line with its activities.",
            "Запланований проєкт Воєводського центру зайнятості в Щецині. Ініціатива "
            "#Region4Integration узгоджується з його діяльністю.",
        ),
        _body(
            _text(
                "<p>Wojewódzki Urząd Pracy w Szczecinie planuje projekt pn. "
                "<i>Zachodniopomorski System Wsparcia Migrantów</i>.</p>",
                "<p>The Voivodeship Labour Office in Szczecin (Wojewódzki Urząd Pracy "
                "w Szczecinie) is planning a project called <i>West Pomeranian Migrant "
                "Support System</i> (Zachodniopomorski System Wsparcia Migrantów).</p>",
                "<p>Воєводський центр зайнятості в Щецині (Wojewódzki Urząd Pracy "
                "w Szczecinie) планує проєкт під назвою <i>Західнопоморська система "
                "підтримки мігрантів</i> (Zachodniopomorski System Wsparcia Migrantów).</p>",
            ),
            _REGION_CONTEXT,
        ),
    ),
    # Topics left empty: seed 000 names the project and the two bodies, nothing more.
    _practice(
        "arrival-regions-west-pomerania",
        _SZCZECIN,
        _WEST_POMERANIA,
        "PL",
        _SZCZECIN_LATLON,
        "governance",
        [],
        [],
        "arrival-regions",
        None,
        "rops",
        _text(
            "Arrival Regions w województwie zachodniopomorskim",
            "Arrival Regions in the West Pomeranian Voivodeship",
            "Arrival Regions у Західнопоморському воєводстві",
        ),
        _text(
            "arrival-regions-w-wojewodztwie-zachodniopomorskim",
            "arrival-regions-in-the-west-pomeranian-voivodeship",
            "arrival-regions-u-zakhidnopomorskomu-voievodstvi",
        ),
        _text(
            "Działania Regionalnego Ośrodka Polityki Społecznej oraz Wydziału Współpracy "
            "Terytorialnej i Turystyki realizowane w ramach projektu Arrival Regions.",
            "Activities of the Regional Centre for Social Policy and the Department of "
            "Territorial Cooperation and Tourism carried out under the Arrival Regions "
            "project.",
            "Діяльність Регіонального центру соціальної політики та Відділу територіальної "
            "співпраці й туризму в межах проєкту Arrival Regions.",
        ),
        _body(
            _text(
                "<p>Regionalny Ośrodek Polityki Społecznej oraz Wydział Współpracy "
                "Terytorialnej i Turystyki realizują działania w ramach projektu "
                "<i>Arrival Regions</i>.</p>",
                "<p>The Regional Centre for Social Policy (Regionalny Ośrodek Polityki "
                "Społecznej) and the Department of Territorial Cooperation and Tourism "
                "(Wydział Współpracy Terytorialnej i Turystyki) carry out activities under "
                "the <i>Arrival Regions</i> project.</p>",
                "<p>Регіональний центр соціальної політики (Regionalny Ośrodek Polityki "
                "Społecznej) та Відділ територіальної співпраці й туризму (Wydział Współpracy "
                "Terytorialnej i Turystyki) здійснюють діяльність у межах проєкту "
                "<i>Arrival Regions</i>.</p>",
            ),
            _REGION_CONTEXT,
        ),
    ),
    # --- MILE peer review, 18-20 March (seed 004; the seed gives no year) ---
    _practice(
        "mile-peer-review-szczecin",
        _SZCZECIN,
        _WEST_POMERANIA,
        "PL",
        _SZCZECIN_LATLON,
        "governance",
        ["participation", "evaluation"],
        ["labour-market", "research-evaluation"],
        "mile",
        None,
        "west-pomerania",
        _text(
            "Peer review projektu MILE w Szczecinie",
            "MILE project peer review in Szczecin",
            "Взаємна оцінка (peer review) проєкту MILE у Щецині",
        ),
        _text(
            "peer-review-projektu-mile-w-szczecinie",
            "mile-project-peer-review-in-szczecin",
            "vzaiemna-otsinka-proiektu-mile-u-shchetsyni",
        ),
        _text(
            "Od 18 do 20 marca w Sejmiku Województwa Zachodniopomorskiego partnerzy "
            "i interesariusze projektu MILE z Niemiec, Grecji i Słowenii dzielili się "
            "doświadczeniami dotyczącymi sytuacji migrantów i regionalnej polityki migracyjnej.",
            "From 18 to 20 March, at the Regional Assembly of the West Pomeranian Voivodeship, "
            "MILE partners and stakeholders from Germany, Greece and Slovenia shared "
            "experience of the situation of migrants and of regional migration policy.",
            "18–20 березня в Сеймику Західнопоморського воєводства партнери й зацікавлені "
            "сторони проєкту MILE з Німеччини, Греції та Словенії ділилися досвідом щодо "
            "становища мігрантів і регіональної міграційної політики.",
        ),
        _body(
            _text(
                "<p>Aby realnie wpływać na politykę publiczną w dziedzinie migracji, "
                "Województwo Zachodniopomorskie wspólnie z 11 partnerami z krajów europejskich "
                "realizuje w ramach Programu Interreg Europa 2021-2027 projekt pn. "
                "<i>Migrants’ Integration in Local Economies</i> (Migranci na lokalnym rynku "
                "pracy).</p>",
                "<p>To have a real influence on public policy on migration, the West "
                "Pomeranian Voivodeship, together with 11 partners from European countries, is "
                "carrying out the project <i>Migrants’ Integration in Local Economies</i> "
                "under the Interreg Europe 2021-2027 programme.</p>",
                "<p>Щоб реально впливати на публічну політику у сфері міграції, "
                "Західнопоморське воєводство разом з 11 партнерами з європейських країн "
                "реалізує в межах програми Interreg Europe 2021-2027 проєкт <i>Migrants’ "
                "Integration in Local Economies</i> («Мігранти на місцевому ринку праці»).</p>",
            ),
            _text(
                "<p>Celem projektu jest wypracowanie przez poszczególne regiony programów "
                "i działań, które pozwolą prowadzić w miarę stałą politykę włączenia migrantów "
                "spoza UE do lokalnych społeczeństw, oraz stworzenie równych warunków dostępu "
                "do rynków pracy.</p>",
                "<p>The project aims for each region to develop programmes and actions that "
                "allow a reasonably stable policy of including migrants from outside the EU in "
                "local societies, and to create equal conditions of access to labour "
                "markets.</p>",
                "<p>Мета проєкту – щоб окремі регіони розробили програми й заходи, які дадуть "
                "змогу провадити відносно сталу політику включення мігрантів із країн поза ЄС "
                "до місцевих спільнот, і створити рівні умови доступу до ринків праці.</p>",
            ),
            _text(
                "<p>W dniach 18–20 marca w Sejmiku Województwa Zachodniopomorskiego odbyły się "
                "spotkania w ramach peer review dotyczące sytuacji migrantów w województwie "
                "zachodniopomorskim oraz regionalnej polityki migracyjnej. Zaproszono "
                "przedstawicieli partnerów i interesariuszy z:</p>"
                "<ul>"
                "<li>Niemiec: BemA – instytucji zajmującej się w kraju związkowym "
                "Saksonia-Anhalt doradztwem na rzecz pracowników migrujących – oraz Lipskiego "
                "Instytutu Geografii Regionalnej,</li>"
                "<li>Grecji: Regionu Centralnej Macedonii oraz Departamentu Wsparcia "
                "i Integracji Migrantów i Uchodźców Miasta Saloniki,</li>"
                "<li>Słowenii: Miasta Postojna oraz Centrum Młodzieży Postojna.</li>"
                "</ul>",
                "<p>On 18–20 March, peer review meetings on the situation of migrants in the "
                "West Pomeranian Voivodeship and on regional migration policy were held at the "
                "Regional Assembly of the West Pomeranian Voivodeship (Sejmik Województwa "
                "Zachodniopomorskiego). Representatives of partners and stakeholders were "
                "invited from:</p>"
                "<ul>"
                "<li>Germany: BemA, an institution that advises migrant workers in the Land "
                "of Saxony-Anhalt, and the Leipzig Institute for Regional Geography,</li>"
                "<li>Greece: the Region of Central Macedonia and the Department for Support "
                "and Integration of Migrants and Refugees of the City of Thessaloniki,</li>"
                "<li>Slovenia: the City of Postojna and Youth Centre Postojna.</li>"
                "</ul>",
                "<p>18–20 березня в Сеймику Західнопоморського воєводства відбулися зустрічі "
                "в межах взаємної оцінки (peer review) щодо становища мігрантів "
                "у Західнопоморському воєводстві та регіональної міграційної політики. Було "
                "запрошено представників партнерів і зацікавлених сторін із:</p>"
                "<ul>"
                "<li>Німеччини: BemA – установи, що консультує працівників-мігрантів "
                "у федеральній землі Саксонія-Ангальт, – та Лейпцизького інституту "
                "регіональної географії,</li>"
                "<li>Греції: Регіону Центральна Македонія та Департаменту підтримки "
                "та інтеграції мігрантів і біженців міста Салоніки,</li>"
                "<li>Словенії: міста Постойна та Молодіжного центру Постойни.</li>"
                "</ul>",
            ),
            _text(
                "<p>Wraz z interesariuszami projektu i instytucjami wspierającymi migrantów "
                "w województwie zachodniopomorskim uczestnicy mieli okazję podzielić się "
                "doświadczeniami, dobrymi praktykami i propozycjami rozwiązań, a także "
                "perspektywami i oczekiwaniami dotyczącymi dalszego rozwoju polityki "
                "migracyjnej w województwie zachodniopomorskim.</p>",
                "<p>Together with the project's stakeholders and institutions supporting "
                "migrants in the West Pomeranian Voivodeship, participants had the opportunity "
                "to share experiences, good practices and proposed solutions, as well as "
                "perspectives and expectations for the further development of migration policy "
                "in the West Pomeranian Voivodeship.</p>",
                "<p>Разом із зацікавленими сторонами проєкту та установами, які підтримують "
                "мігрантів у Західнопоморському воєводстві, учасники мали змогу поділитися "
                "досвідом, добрими практиками й пропозиціями рішень, а також баченням "
                "і очікуваннями щодо подальшого розвитку міграційної політики "
                "в Західнопоморському воєводстві.</p>",
            ),
        ),
    ),
    # --- Good practice brought by MILE partners to the peer review (seed 004) ---
    # Topic labour-market follows the aim of the MILE project, under which they were invited.
    # BemA: seed 004 names only the Land (Sachsen-Anhalt), not a town; the practice is placed
    # in Magdeburg, the Land capital, so that it can be shown on the map.
    _practice(
        "bema-saxony-anhalt",
        _MAGDEBURG,
        _SAXONY_ANHALT,
        "DE",
        _MAGDEBURG_LATLON,
        "governance",
        [],
        ["labour-market", "information-services"],
        "mile",
        None,
        "bema",
        _text(
            "BemA – doradztwo dla pracowników migrujących w Saksonii-Anhalt",
            "BemA: advice for migrant workers in Saxony-Anhalt",
            "BemA: консультування працівників-мігрантів у Саксонії-Ангальт",
        ),
        _text(
            "bema-doradztwo-dla-pracownikow-migrujacych",
            "bema-advice-for-migrant-workers",
            "bema-konsultuvannia-pratsivnykiv-mihrantiv",
        ),
        _text(
            "BemA to instytucja zajmująca się w niemieckim kraju związkowym Saksonia-Anhalt "
            "doradztwem na rzecz pracowników migrujących.",
            "BemA is an institution that advises migrant workers in the German Land of "
            "Saxony-Anhalt.",
            "BemA – установа, що консультує працівників-мігрантів у німецькій федеральній "
            "землі Саксонія-Ангальт.",
        ),
        _body(
            _text(
                "<p>BemA to instytucja zajmująca się w niemieckim kraju związkowym "
                "Saksonia-Anhalt doradztwem na rzecz pracowników migrujących. Jej "
                "przedstawiciele byli wśród gości z Niemiec.</p>",
                "<p>BemA is an institution that advises migrant workers in the German Land of "
                "Saxony-Anhalt. Its representatives were among the guests from Germany.</p>",
                "<p>BemA – установа, що консультує працівників-мігрантів у німецькій "
                "федеральній землі Саксонія-Ангальт. Її представники були серед гостей "
                "з Німеччини.</p>",
            ),
            _MILE_PEER_REVIEW,
        ),
    ),
    _practice(
        "leipzig-institute-regional-geography",
        _LEIPZIG,
        _SAXONY,
        "DE",
        _LEIPZIG_LATLON,
        "governance",
        ["evaluation"],
        ["labour-market", "research-evaluation"],
        "mile",
        None,
        "ifl-leipzig",
        _text(
            "Lipski Instytut Geografii Regionalnej w wymianie doświadczeń MILE",
            "The Leipzig Institute for Regional Geography in the MILE exchange",
            "Лейпцизький інститут регіональної географії в обміні досвідом MILE",
        ),
        _text(
            "lipski-instytut-geografii-regionalnej-w-projekcie-mile",
            "leipzig-institute-for-regional-geography-in-mile",
            "leiptsyzkyi-instytut-rehionalnoi-heohrafii-v-proiekti-mile",
        ),
        _text(
            "Lipski Instytut Geografii Regionalnej był wśród niemieckich gości spotkań peer "
            "review projektu MILE w Szczecinie.",
            "The Leipzig Institute for Regional Geography was among the German guests at the "
            "MILE project peer review meetings in Szczecin.",
            "Лейпцизький інститут регіональної географії був серед німецьких гостей зустрічей "
            "взаємної оцінки проєкту MILE у Щецині.",
        ),
        _body(
            _text(
                "<p>Lipski Instytut Geografii Regionalnej (Leibniz-Institut für Länderkunde) "
                "był wśród gości z Niemiec.</p>",
                "<p>The Leipzig Institute for Regional Geography (Leibniz-Institut für "
                "Länderkunde) was among the guests from Germany.</p>",
                "<p>Лейпцизький інститут регіональної географії (Leibniz-Institut für "
                "Länderkunde) був серед гостей з Німеччини.</p>",
            ),
            _MILE_PEER_REVIEW,
        ),
    ),
    _practice(
        "thessaloniki-migrants-department",
        _THESSALONIKI,
        _CENTRAL_MACEDONIA,
        "GR",
        _THESSALONIKI_LATLON,
        "governance",
        [],
        ["labour-market"],
        "mile",
        None,
        "thessaloniki-migrants-department",
        _text(
            "Departament Wsparcia i Integracji Migrantów i Uchodźców Miasta Saloniki",
            "Thessaloniki's Department for Support and Integration of Migrants and Refugees",
            "Департамент підтримки та інтеграції мігрантів і біженців міста Салоніки",
        ),
        _text(
            "departament-wsparcia-i-integracji-migrantow-saloniki",
            "thessaloniki-department-for-migrants-and-refugees",
            "departament-pidtrymky-ta-intehratsii-mihrantiv-saloniky",
        ),
        _text(
            "Miasto Saloniki ma Departament Wsparcia i Integracji Migrantów i Uchodźców; jego "
            "przedstawiciele byli wśród greckich gości spotkań peer review projektu MILE.",
            "The City of Thessaloniki has a Department for Support and Integration of Migrants "
            "and Refugees; its representatives were among the Greek guests at the MILE peer "
            "review.",
            "Місто Салоніки має Департамент підтримки та інтеграції мігрантів і біженців; його "
            "представники були серед грецьких гостей зустрічей взаємної оцінки проєкту MILE.",
        ),
        _body(
            _text(
                "<p>Miasto Saloniki ma Departament Wsparcia i Integracji Migrantów "
                "i Uchodźców. Jego przedstawiciele byli wśród gości z Grecji, obok Regionu "
                "Centralnej Macedonii.</p>",
                "<p>The City of Thessaloniki has a Department for Support and Integration of "
                "Migrants and Refugees. Its representatives were among the guests from "
                "Greece, alongside the Region of Central Macedonia.</p>",
                "<p>Місто Салоніки має Департамент підтримки та інтеграції мігрантів "
                "і біженців. Його представники були серед гостей із Греції разом із Регіоном "
                "Центральна Македонія.</p>",
            ),
            _MILE_PEER_REVIEW,
        ),
    ),
    # Region of Central Macedonia: placed in Thessaloniki, the seat of the regional authority
    # (the seed names only the region).
    _practice(
        "central-macedonia-mile",
        _THESSALONIKI,
        _CENTRAL_MACEDONIA,
        "GR",
        _THESSALONIKI_LATLON,
        "governance",
        [],
        ["labour-market"],
        "mile",
        None,
        "central-macedonia",
        _text(
            "Region Centralnej Macedonii w wymianie doświadczeń MILE",
            "The Region of Central Macedonia in the MILE exchange",
            "Регіон Центральна Македонія в обміні досвідом MILE",
        ),
        _text(
            "region-centralnej-macedonii-w-projekcie-mile",
            "region-of-central-macedonia-in-mile",
            "rehion-tsentralna-makedoniia-v-proiekti-mile",
        ),
        _text(
            "Region Centralnej Macedonii był wśród greckich gości spotkań peer review projektu "
            "MILE w Szczecinie.",
            "The Region of Central Macedonia was among the Greek guests at the MILE project "
            "peer review meetings in Szczecin.",
            "Регіон Центральна Македонія був серед грецьких гостей зустрічей взаємної оцінки "
            "проєкту MILE у Щецині.",
        ),
        _body(
            _text(
                "<p>Przedstawiciele Regionu Centralnej Macedonii byli wśród gości z Grecji, "
                "obok Departamentu Wsparcia i Integracji Migrantów i Uchodźców Miasta "
                "Saloniki.</p>",
                "<p>Representatives of the Region of Central Macedonia were among the guests "
                "from Greece, alongside the Department for Support and Integration of Migrants "
                "and Refugees of the City of Thessaloniki.</p>",
                "<p>Представники Регіону Центральна Македонія були серед гостей із Греції "
                "разом із Департаментом підтримки та інтеграції мігрантів і біженців міста "
                "Салоніки.</p>",
            ),
            _MILE_PEER_REVIEW,
        ),
    ),
    _practice(
        "postojna-mile",
        _POSTOJNA,
        _NO_PLACE,
        "SI",
        _POSTOJNA_LATLON,
        "governance",
        [],
        ["labour-market"],
        "mile",
        None,
        "postojna-city",
        _text(
            "Miasto Postojna i Centrum Młodzieży Postojna w wymianie doświadczeń MILE",
            "The City of Postojna and Youth Centre Postojna in the MILE exchange",
            "Місто Постойна та Молодіжний центр Постойни в обміні досвідом MILE",
        ),
        _text(
            "postojna-w-projekcie-mile",
            "postojna-in-mile",
            "postoina-v-proiekti-mile",
        ),
        _text(
            "Miasto Postojna i Centrum Młodzieży Postojna reprezentowały Słowenię wśród gości "
            "spotkań peer review projektu MILE w Szczecinie.",
            "The City of Postojna and Youth Centre Postojna represented Slovenia among the "
            "guests at the MILE project peer review meetings in Szczecin.",
            "Місто Постойна та Молодіжний центр Постойни представляли Словенію серед гостей "
            "зустрічей взаємної оцінки проєкту MILE у Щецині.",
        ),
        _body(
            _text(
                "<p>Słowenię reprezentowali przedstawiciele Miasta Postojna oraz Centrum "
                "Młodzieży Postojna.</p>",
                "<p>Slovenia was represented by the City of Postojna and Youth Centre "
                "Postojna.</p>",
                "<p>Словенію представляли місто Постойна та Молодіжний центр Постойни.</p>",
            ),
            _MILE_PEER_REVIEW,
        ),
    ),
    # --- Miasta Otwarte 2015 (seed 002): the eleven kinds of action the jury recognised ---
    _miasta_otwarte(
        "mo-municipal-diversity-strategy",
        "governance",
        [],
        ["integration-strategy"],
        _text(
            "Miejska strategia dotycząca różnorodności kulturowej oraz integracji imigrantów",
            "A municipal strategy on cultural diversity and the integration of immigrants",
            "Міська стратегія щодо культурного різноманіття та інтеграції іммігрантів",
        ),
        _text(
            "miejska-strategia-roznorodnosci-kulturowej-i-integracji",
            "municipal-strategy-on-cultural-diversity-and-integration",
            "miska-stratehiia-kulturnoho-riznomanittia-ta-intehratsii",
        ),
    ),
    _miasta_otwarte(
        "mo-foreigners-in-municipal-offices",
        "governance",
        [],
        ["public-administration", "labour-market"],
        _text(
            "Zatrudnianie cudzoziemców w urzędach miejskich",
            "Employing foreigners in municipal offices",
            "Працевлаштування іноземців у міських адміністраціях",
        ),
        _text(
            "zatrudnianie-cudzoziemcow-w-urzedach-miejskich",
            "employing-foreigners-in-municipal-offices",
            "pratsevlashtuvannia-inozemtsiv-u-miskykh-administratsiiakh",
        ),
    ),
    _miasta_otwarte(
        "mo-universities-international-students",
        "interaction",
        [],
        ["higher-education", "education"],
        _text(
            "Promocja polskich uczelni wśród cudzoziemców i działania na rzecz integracji "
            "studentów zagranicznych",
            "Promoting Polish universities among foreigners and action to integrate "
            "international students",
            "Популяризація польських закладів вищої освіти серед іноземців і заходи "
            "з інтеграції іноземних студентів",
        ),
        _text(
            "promocja-uczelni-i-integracja-studentow-zagranicznych",
            "promoting-universities-and-integrating-international-students",
            "zaklady-vyshchoi-osvity-ta-inozemni-studenty",
        ),
    ),
    _miasta_otwarte(
        "mo-social-assistance",
        "governance",
        [],
        ["social-assistance"],
        _text(
            "Kompleksowa pomoc społeczna dostępna dla cudzoziemców",
            "Comprehensive social assistance available to foreigners",
            "Комплексна соціальна допомога, доступна іноземцям",
        ),
        _text(
            "kompleksowa-pomoc-spoleczna-dla-cudzoziemcow",
            "comprehensive-social-assistance-for-foreigners",
            "kompleksna-sotsialna-dopomoha-dlia-inozemtsiv",
        ),
    ),
    _miasta_otwarte(
        "mo-service-point-for-foreigners",
        "governance",
        [],
        ["information-services"],
        _text(
            "Miejski punkt obsługi cudzoziemców",
            "A municipal service point for foreigners",
            "Міський пункт обслуговування іноземців",
        ),
        _text(
            "miejski-punkt-obslugi-cudzoziemcow",
            "municipal-service-point-for-foreigners",
            "miskyi-punkt-obsluhovuvannia-inozemtsiv",
        ),
    ),
    _miasta_otwarte(
        "mo-immigrant-pupils",
        "interaction",
        [],
        ["education"],
        _text(
            "Kompleksowe działania na rzecz integracji uczniów imigranckich",
            "Comprehensive action to integrate immigrant pupils",
            "Комплексні заходи з інтеграції учнів-іммігрантів",
        ),
        _text(
            "integracja-uczniow-imigranckich",
            "integrating-immigrant-pupils",
            "intehratsiia-uchniv-immihrantiv",
        ),
    ),
    _miasta_otwarte(
        "mo-cross-sector-platforms",
        "participation",
        ["participation"],
        ["civil-society"],
        _text(
            "Platformy współpracy międzysektorowej",
            "Cross-sector cooperation platforms",
            "Платформи міжсекторальної співпраці",
        ),
        _text(
            "platformy-wspolpracy-miedzysektorowej",
            "cross-sector-cooperation-platforms",
            "platformy-mizhsektoralnoi-spivpratsi",
        ),
    ),
    _miasta_otwarte(
        "mo-ngo-competitions",
        "participation",
        [],
        ["civil-society"],
        _text(
            "Konkursy dla organizacji pozarządowych uwzględniające diaspory imigranckie "
            "i wielokulturowy charakter miasta",
            "Competitions for NGOs that take account of immigrant diasporas and the city's "
            "multicultural character",
            "Конкурси для громадських організацій з урахуванням іммігрантських діаспор "
            "і багатокультурного характеру міста",
        ),
        _text(
            "konkursy-dla-organizacji-pozarzadowych-diaspory-imigranckie",
            "competitions-for-ngos-immigrant-diasporas",
            "konkursy-dlia-hromadskykh-orhanizatsii-diaspory",
        ),
    ),
    # No topic fits a "space friendly to immigrants" without guessing what the space was.
    _miasta_otwarte(
        "mo-immigrant-friendly-space",
        "interaction",
        [],
        [],
        _text(
            "Przestrzeń przyjazna imigrantom",
            "A space friendly to immigrants",
            "Простір, дружній до іммігрантів",
        ),
        _text(
            "przestrzen-przyjazna-imigrantom",
            "immigrant-friendly-space",
            "prostir-druzhnii-do-immihrantiv",
        ),
    ),
    _miasta_otwarte(
        "mo-information-and-integration",
        "governance",
        [],
        ["information-services"],
        _text(
            "Kompleksowe działania informacyjno-integracyjne samorządu na rzecz imigrantów",
            "Comprehensive information and integration action by the local authority for "
            "immigrants",
            "Комплексні інформаційно-інтеграційні заходи органу самоврядування для іммігрантів",
        ),
        _text(
            "dzialania-informacyjno-integracyjne-samorzadu",
            "local-authority-information-and-integration-action",
            "informatsiino-intehratsiini-zakhody-samovriaduvannia",
        ),
    ),
    _miasta_otwarte(
        "mo-research-cooperation",
        "governance",
        ["evaluation"],
        ["research-evaluation"],
        _text(
            "Współpraca miasta z ośrodkiem naukowym i badawczym w obszarze integracji imigrantów",
            "Cooperation between the city and a scientific and research centre on immigrant "
            "integration",
            "Співпраця міста з науково-дослідним центром у сфері інтеграції іммігрантів",
        ),
        _text(
            "wspolpraca-miasta-z-osrodkiem-naukowym",
            "city-cooperation-with-a-research-centre",
            "spivpratsia-mista-z-naukovo-doslidnym-tsentrom",
        ),
    ),
]
