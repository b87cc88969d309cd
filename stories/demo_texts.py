"""Demo newsroom in Polish, English and Ukrainian.

Every fact comes from the Polish seed documents: 000 (the #Region4Integration initiative and its
aim of countering disinformation), 001 (strategy areas), 003 (EPI inaugurations, workshops and the
OECD figure of 54%), 004 (why people migrate; the MILE project and its peer review on 18-20 March).
The only person is the site's own editorial team ("Redakcja"): no real-sounding people are made up.
The claims are common claims about migration as they circulate; we give no invented source for
them. The only web address the seeds give is the EPI project's website, so only EPI figures link
out; other sources are named without a link.

A value given as {"pl": ..., "en": ..., "uk": ...} is translated; anything else is shared by every
language. Rich text is one <p> per value so translations line up segment by segment.
"""

import datetime

EPI_WEBSITE = "https://www.epi-project.com"
# The day the newsroom opened (as the accessibility statement's dates in home/demo.py).
OPENED = datetime.date(2026, 11, 23)


def _l(pl, en, uk):
    return {"pl": pl, "en": en, "uk": uk}


def localised(value, code):
    """``value`` with every {"pl", "en", "uk"} dict replaced by its ``code`` text."""
    if isinstance(value, dict):
        if set(value) == {"pl", "en", "uk"}:
            return value[code]
        return {key: localised(item, code) for key, item in value.items()}
    if isinstance(value, list):
        return [localised(item, code) for item in value]
    if isinstance(value, tuple):
        return tuple(localised(item, code) for item in value)
    return value


def heading(pl, en, uk):
    return ("heading", {"text": _l(pl, en, uk), "anchor": ""})


def paragraph(pl, en, uk):
    return ("paragraph", _l(f"<p>{pl}</p>", f"<p>{en}</p>", f"<p>{uk}</p>"))


def practice(key):
    """A practice card; ``key`` is a practice of practices/demo_texts.py."""
    return ("practice", {"practice": ("practice", key)})


PEOPLE = [
    {
        "key": "editorial-team",
        "pl": {
            "name": "Redakcja",
            "slug": "redakcja",
            "role": "Zespół redakcyjny serwisu",
            "bio": (
                "Teksty podpisane „Redakcja” przygotowuje zespół redakcyjny serwisu na podstawie "
                "materiałów inicjatywy #Region4Integration i jej partnerów."
            ),
        },
        "en": {
            "name": "Editorial team",
            "slug": "editorial-team",
            "role": "The site's editorial staff",
            "bio": (
                "Stories signed “Editorial team” are written by the site's editorial staff from "
                "the materials of the #Region4Integration initiative and its partners."
            ),
        },
        "uk": {
            "name": "Редакція",
            "slug": "redaktsiia",
            "role": "Редакційна команда сайту",
            "bio": (
                "Тексти з підписом «Редакція» готує редакційна команда сайту на основі "
                "матеріалів ініціативи #Region4Integration та її партнерів."
            ),
        },
    },
]

_COMMON_CLAIM = _l(
    "powtarzane twierdzenie w dyskusjach o migracji",
    "a claim repeated in discussions about migration",
    "твердження, яке повторюють у дискусіях про міграцію",
)

CLAIMS = [
    {
        "key": "region-does-nothing",
        "verdict": "false",
        "seen_on": OPENED,
        "topics": ["labour-market"],
        "pl": {
            "text": "Województwo zachodniopomorskie nic nie robi w sprawie integracji migrantów.",
            "slug": "wojewodztwo-nic-nie-robi",
        },
        "en": {
            "text": "West Pomerania does nothing about integrating migrants.",
            "slug": "west-pomerania-does-nothing",
        },
        "uk": {
            "text": "Західнопоморське воєводство нічого не робить для інтеграції мігрантів.",
            "slug": "voievodstvo-nichoho-ne-robyt",
        },
    },
    {
        "key": "cities-have-no-strategy",
        "verdict": "misleading",
        "seen_on": OPENED,
        "topics": ["integration-strategy"],
        "pl": {
            "text": "Miasta nie mają żadnej strategii integracji migrantów.",
            "slug": "miasta-nie-maja-strategii",
        },
        "en": {
            "text": "Cities have no strategy at all for integrating migrants.",
            "slug": "cities-have-no-strategy",
        },
        "uk": {
            "text": "Міста не мають жодної стратегії інтеграції мігрантів.",
            "slug": "mista-ne-maiut-stratehii",
        },
    },
    {
        "key": "only-for-money",
        "verdict": "missing-context",
        "seen_on": OPENED,
        "topics": [],
        "pl": {
            "text": "Ludzie migrują tylko dla pieniędzy.",
            "slug": "migruja-tylko-dla-pieniedzy",
        },
        "en": {"text": "People migrate only for money.", "slug": "people-migrate-only-for-money"},
        "uk": {
            "text": "Люди мігрують лише заради грошей.",
            "slug": "myhruiut-lyshe-zarady-hroshei",
        },
    },
]
for _claim in CLAIMS:
    for _code in ("pl", "en", "uk"):
        _claim[_code]["appearance"] = _COMMON_CLAIM[_code]

INDEX = {
    "pl": {
        "title": "Aktualności",
        "slug": "aktualnosci",
        "introduction": (
            "Wiadomości, opowieści o dobrych praktykach i sprawdzone fakty o integracji migrantów "
            "w miastach i regionach."
        ),
    },
    "en": {
        "title": "News",
        "slug": "news",
        "introduction": (
            "News, stories of good practice and checked facts about the integration of migrants "
            "in cities and regions."
        ),
    },
    "uk": {
        "title": "Новини",
        "slug": "novyny",
        "introduction": (
            "Новини, історії добрих практик і перевірені факти про інтеграцію мігрантів у містах "
            "і регіонах."
        ),
    },
}

CLAIMS_PAGE = {
    "pl": {
        "title": "Sprawdzamy fakty",
        "slug": "sprawdzamy-fakty",
        "introduction": (
            "Twierdzenia o migracji, które sprawdziliśmy, z werdyktem i tekstem, który je "
            "wyjaśnia. Przeciwdziałanie dezinformacji to jeden z celów inicjatywy "
            "#Region4Integration."
        ),
    },
    "en": {
        "title": "Claims we checked",
        "slug": "fact-checks",
        "introduction": (
            "Claims about migration that we checked, with the verdict and the story that "
            "explains it. Countering disinformation is one of the aims of the #Region4Integration "
            "initiative."
        ),
    },
    "uk": {
        "title": "Перевірка фактів",
        "slug": "perevirka-faktiv",
        "introduction": (
            "Твердження про міграцію, які ми перевірили, з вердиктом і текстом, що його "
            "пояснює. Протидія дезінформації — одна з цілей ініціативи #Region4Integration."
        ),
    },
}

_EPI_SOURCE = _l(
    "EPI – Europejski Pakt na rzecz Integracji, za OECD",
    "EPI – European Pact for Integration, citing the OECD",
    "EPI – Європейський пакт за інтеграцію, за даними ОЕСР",
)

STATISTIC_54 = (
    "statistic",
    {
        "number": "54%",
        "label": _l(
            "miast ma określoną strategię obejmującą wszystkie sektory zaangażowane w "
            "integrację migrantów",
            "of cities have a defined strategy covering every sector involved in integrating "
            "migrants",
            "міст мають визначену стратегію, що охоплює всі сектори, залучені до інтеграції "
            "мігрантів",
        ),
        "source": _EPI_SOURCE,
        "source_url": EPI_WEBSITE,
    },
)

STORIES = [
    {
        "key": "cities-strategies",
        "kind": "fact-check",
        "claim": "cities-have-no-strategy",
        "published": datetime.datetime(2026, 11, 23, 9, 0),
        "topics": ["integration-strategy"],
        "practices": ["riga-city-integration-strategy", "lublin-city-integration-strategy"],
        "related": [],
        "pl": {
            "title": "Czy miasta nie mają strategii integracji? Sprawdzamy",
            "slug": "czy-miasta-nie-maja-strategii-integracji",
            "standfirst": (
                "Twierdzenie, że miasta nie mają żadnej strategii integracji migrantów, jest "
                "mylące. Według OECD określoną strategię obejmującą wszystkie sektory ma 54% "
                "miast – to za mało, ale to nie „żadne”."
            ),
        },
        "en": {
            "title": "Do cities have no integration strategy? We checked",
            "slug": "do-cities-have-no-integration-strategy",
            "standfirst": (
                "The claim that cities have no strategy at all for integrating migrants is "
                "misleading. According to the OECD, 54% of cities have a defined strategy "
                "covering every sector – not enough, but not “none”."
            ),
        },
        "uk": {
            "title": "Чи справді міста не мають стратегії інтеграції? Перевіряємо",
            "slug": "chy-mista-ne-maiut-stratehii-intehratsii",
            "standfirst": (
                "Твердження, що міста не мають жодної стратегії інтеграції мігрантів, "
                "вводить в оману. За даними ОЕСР, визначену стратегію, що охоплює всі сектори, "
                "мають 54% міст – цього замало, але це не «жодної»."
            ),
        },
        "body": [
            heading("Co mówią liczby", "What the figures say", "Що кажуть цифри"),
            paragraph(
                "Miasta i władze lokalne odpowiadają za szeroki zakres usług i działań i odgrywają "
                "ważną rolę w kształtowaniu interakcji między migrantami a społeczeństwem "
                "przyjmującym. Jednak tylko 54% z nich ma określoną strategię obejmującą wszystkie "
                "sektory zaangażowane w integrację migrantów – podaje projekt EPI za OECD.",
                "Cities and local authorities are responsible for a wide range of services and "
                "activities and play an important part in shaping the interaction between "
                "migrants and the receiving society. Yet only 54% of them have a defined strategy "
                "covering every sector involved in integrating migrants, the EPI project reports, "
                "citing the OECD.",
                "Міста й місцева влада відповідають за широкий спектр послуг і дій та відіграють "
                "важливу роль у формуванні взаємодії між мігрантами та приймаючим суспільством. "
                "Проте лише 54% із них мають визначену стратегію, що охоплює всі сектори, "
                "залучені до інтеграції мігрантів, – повідомляє проєкт EPI з посиланням на ОЕСР.",
            ),
            STATISTIC_54,
            heading(
                "Miasta, które mają strategię",
                "Cities that have a strategy",
                "Міста, які мають стратегію",
            ),
            paragraph(
                "Od lipca 2021 r. do końca roku miasta projektu EPI organizowały wydarzenia "
                "rozpoczynające wdrażanie miejskich strategii integracji. Działania pilotażowe "
                "skupiają się na trzech obszarach: interakcji, uczestnictwie i zarządzaniu.",
                "From July 2021 to the end of the year, the cities of the EPI project held events "
                "to start implementing their city integration strategies. The pilot actions focus "
                "on three areas: interaction, participation and governance.",
                "З липня 2021 року до кінця року міста проєкту EPI проводили заходи, що "
                "розпочали впровадження міських стратегій інтеграції. Пілотні дії зосереджені "
                "на трьох сферах: взаємодії, участі та управлінні.",
            ),
            practice("riga-city-integration-strategy"),
            practice("lublin-city-integration-strategy"),
        ],
    },
    {
        "key": "region-fact-check",
        "kind": "fact-check",
        "claim": "region-does-nothing",
        "published": datetime.datetime(2026, 11, 24, 9, 0),
        "topics": ["labour-market"],
        "practices": ["mile-peer-review-szczecin", "west-pomeranian-migrant-support-system"],
        "related": ["cities-strategies"],
        "pl": {
            "title": "Czy region nic nie robi dla integracji migrantów? Sprawdzamy",
            "slug": "czy-region-nic-nie-robi-dla-integracji-migrantow",
            "standfirst": (
                "To nieprawda. Województwo zachodniopomorskie z 11 partnerami z krajów "
                "europejskich realizuje projekt MILE, a w marcu gościło w Sejmiku partnerów z "
                "Niemiec, Grecji i Słowenii."
            ),
        },
        "en": {
            "title": "Does the region do nothing to integrate migrants? We checked",
            "slug": "does-the-region-do-nothing-to-integrate-migrants",
            "standfirst": (
                "That is false. West Pomerania runs the MILE project with 11 partners from "
                "European countries, and in March it hosted partners from Germany, Greece and "
                "Slovenia at the Regional Assembly."
            ),
        },
        "uk": {
            "title": "Чи справді регіон нічого не робить для інтеграції мігрантів? Перевіряємо",
            "slug": "chy-rehion-nichoho-ne-robyt-dlia-intehratsii-mihrantiv",
            "standfirst": (
                "Це неправда. Західнопоморське воєводство разом з 11 партнерами з європейських "
                "країн реалізує проєкт MILE, а в березні приймало в Сеймику партнерів з "
                "Німеччини, Греції та Словенії."
            ),
        },
        "body": [
            heading("Projekt MILE", "The MILE project", "Проєкт MILE"),
            paragraph(
                "Województwo Zachodniopomorskie wspólnie z 11 partnerami z krajów europejskich, "
                "w ramach Programu Interreg Europa 2021–2027, realizuje projekt „Migrants’ "
                "Integrations in Local Economies” (Migranci na lokalnym rynku pracy). Jego celem "
                "jest wypracowanie programów i działań pozwalających prowadzić w miarę stałą "
                "politykę włączenia migrantów spoza UE do lokalnych społeczeństw i stworzenie "
                "równych warunków dostępu do rynków pracy.",
                "West Pomerania, together with 11 partners from European countries, runs the "
                "project “Migrants’ Integrations in Local Economies” under the Interreg Europe "
                "2021–2027 programme. It aims to develop programmes and actions for a steady "
                "policy of including migrants from outside the EU in local societies and to "
                "create equal access to labour markets.",
                "Західнопоморське воєводство разом з 11 партнерами з європейських країн у межах "
                "програми Interreg Europe 2021–2027 реалізує проєкт «Migrants’ Integrations in "
                "Local Economies» (Мігранти на місцевому ринку праці). Його мета – розробити "
                "програми й дії для відносно сталої політики включення мігрантів з-поза ЄС у "
                "місцеві спільноти та створити рівні умови доступу до ринків праці.",
            ),
            (
                "statistic",
                {
                    "number": "11",
                    "label": _l(
                        "partnerów z krajów europejskich realizuje z województwem projekt MILE",
                        "partners from European countries run the MILE project with the region",
                        "партнерів з європейських країн реалізують із воєводством проєкт MILE",
                    ),
                    "source": _l(
                        "Województwo Zachodniopomorskie, informacja o projekcie MILE",
                        "West Pomeranian Voivodeship, note on the MILE project",
                        "Західнопоморське воєводство, інформація про проєкт MILE",
                    ),
                    "source_url": "",
                },
            ),
            heading("Peer review w Szczecinie", "Peer review in Szczecin", "Peer review у Щеціні"),
            paragraph(
                "18–20 marca w Sejmiku Województwa Zachodniopomorskiego odbyły się spotkania w "
                "ramach peer review dotyczącego sytuacji migrantów w województwie i regionalnej "
                "polityki migracyjnej. Doświadczeniami i dobrymi praktykami dzielili się "
                "przedstawiciele partnerów i interesariuszy z Niemiec, Grecji i Słowenii oraz "
                "instytucji wspierających migrantów w województwie zachodniopomorskim.",
                "On 18–20 March the West Pomeranian Regional Assembly hosted peer review meetings "
                "on the situation of migrants in the region and on regional migration policy. "
                "Representatives of partners and stakeholders from Germany, Greece and Slovenia "
                "and of institutions supporting migrants in West Pomerania shared their "
                "experience and good practices.",
                "18–20 березня в Сеймику Західнопоморського воєводства відбулися зустрічі в межах "
                "peer review щодо становища мігрантів у воєводстві та регіональної міграційної "
                "політики. Досвідом і добрими практиками ділилися представники партнерів і "
                "зацікавлених сторін з Німеччини, Греції та Словенії, а також установ, що "
                "підтримують мігрантів у Західнопоморському воєводстві.",
            ),
            practice("mile-peer-review-szczecin"),
            heading(
                "Inicjatywa #Region4Integration",
                "The #Region4Integration initiative",
                "Ініціатива #Region4Integration",
            ),
            paragraph(
                "Inicjatywa „Miasta i regiony na rzecz integracji” wpisuje się w działania "
                "Regionalnego Ośrodka Polityki Społecznej, Wydziału Współpracy Terytorialnej i "
                "Turystyki (projekt Arrival Regions) oraz Wojewódzkiego Urzędu Pracy w Szczecinie "
                "(planowany projekt Zachodniopomorski System Wsparcia Migrantów). Jednym z jej "
                "celów jest przeciwdziałanie dezinformacji.",
                "The “Cities and Regions for Integration” initiative is part of the work of the "
                "Regional Social Policy Centre, the Department of Territorial Cooperation and "
                "Tourism (the Arrival Regions project) and the Voivodeship Labour Office in "
                "Szczecin (the planned West Pomeranian Migrant Support System). One of its aims "
                "is to counter disinformation.",
                "Ініціатива «Міста й регіони за інтеграцію» є частиною діяльності Регіонального "
                "центру соціальної політики, Відділу територіальної співпраці та туризму (проєкт "
                "Arrival Regions) і Воєводського управління праці в Щеціні (запланований проєкт "
                "Західнопоморська система підтримки мігрантів). Одна з її цілей – протидія "
                "дезінформації.",
            ),
            practice("west-pomeranian-migrant-support-system"),
            heading("Inne twierdzenia", "Other claims", "Інші твердження"),
            (
                "myth_fact",
                {
                    "claim": _l(
                        "Miasta nie mają żadnej strategii integracji migrantów.",
                        "Cities have no strategy at all for integrating migrants.",
                        "Міста не мають жодної стратегії інтеграції мігрантів.",
                    ),
                    "verdict": "misleading",
                    "explanation": _l(
                        "<p>Według OECD, na które powołuje się projekt EPI, określoną strategię "
                        "obejmującą wszystkie sektory zaangażowane w integrację migrantów ma 54% "
                        "miast.</p>",
                        "<p>According to the OECD, cited by the EPI project, 54% of cities have a "
                        "defined strategy covering every sector involved in integrating "
                        "migrants.</p>",
                        "<p>За даними ОЕСР, на які посилається проєкт EPI, визначену стратегію, "
                        "що охоплює всі сектори, залучені до інтеграції мігрантів, мають 54% "
                        "міст.</p>",
                    ),
                    "sources": [{"title": _EPI_SOURCE, "url": EPI_WEBSITE}],
                    "fact_check": ("story", "cities-strategies"),
                },
            ),
            (
                "myth_fact",
                {
                    "claim": _l(
                        "Ludzie migrują tylko dla pieniędzy.",
                        "People migrate only for money.",
                        "Люди мігрують лише заради грошей.",
                    ),
                    "verdict": "missing-context",
                    "explanation": _l(
                        "<p>Ludzie przemieszczają się w poszukiwaniu lepszej pracy, edukacji, "
                        "korzyści ekonomicznych lub ponownego połączenia się z rodziną; niektórzy "
                        "zmuszeni są uciekać przed wojną i konfliktami, terroryzmem lub "
                        "naruszeniami praw człowieka. Dla niektórych migracja jest kwestią "
                        "wyboru, dla innych kwestią życia i śmierci.</p>",
                        "<p>People move in search of better work, education, economic benefits "
                        "or to be reunited with their families; some are forced to flee war and "
                        "conflict, terrorism or human rights violations. For some, migration is a "
                        "matter of choice; for others, of life and death.</p>",
                        "<p>Люди переїжджають у пошуках кращої роботи, освіти, економічних вигод "
                        "або щоб возз’єднатися з родиною; деякі змушені тікати від війни й "
                        "конфліктів, тероризму чи порушень прав людини. Для одних міграція – це "
                        "питання вибору, для інших – питання життя і смерті.</p>",
                    ),
                    "sources": [
                        {
                            "title": _l(
                                "Województwo Zachodniopomorskie, informacja o projekcie MILE",
                                "West Pomeranian Voivodeship, note on the MILE project",
                                "Західнопоморське воєводство, інформація про проєкт MILE",
                            ),
                            "url": "",
                        }
                    ],
                    "fact_check": None,
                },
            ),
            (
                "callout",
                {
                    "title": _l(
                        "Skąd te informacje", "Where this comes from", "Звідки ця інформація"
                    ),
                    "text": _l(
                        "<p>Tekst opiera się na informacji Województwa Zachodniopomorskiego o "
                        "projekcie MILE, opisie inicjatywy #Region4Integration i materiałach "
                        "projektu EPI.</p>",
                        "<p>This story is based on the West Pomeranian Voivodeship's note on the "
                        "MILE project, the description of the #Region4Integration initiative and "
                        "the EPI project's materials.</p>",
                        "<p>Текст ґрунтується на інформації Західнопоморського воєводства про "
                        "проєкт MILE, описі ініціативи #Region4Integration та матеріалах проєкту "
                        "EPI.</p>",
                    ),
                },
            ),
        ],
    },
    {
        "key": "epi-inaugurations",
        "kind": "news",
        "claim": None,
        "published": datetime.datetime(2026, 11, 25, 9, 0),
        "topics": ["integration-strategy", "language-learning"],
        "practices": ["riga-city-integration-strategy", "lublin-city-integration-strategy"],
        "related": ["cities-strategies"],
        "pl": {
            "title": "Ryga i Lublin zainaugurowały miejskie strategie integracji EPI",
            "slug": "ryga-i-lublin-zainaugurowaly-strategie-integracji-epi",
            "standfirst": (
                "Miasta projektu EPI rozpoczęły wdrażanie strategii integracji: w Rydze 1 lipca "
                "2021 r. spotkało się 26 osób, Lublin 31 lipca zorganizował flash mob."
            ),
        },
        "en": {
            "title": "Riga and Lublin launch their EPI city integration strategies",
            "slug": "riga-and-lublin-launch-epi-integration-strategies",
            "standfirst": (
                "The EPI project cities have started implementing their integration strategies: "
                "26 people met in Riga on 1 July 2021, and Lublin held a flash mob on 31 July."
            ),
        },
        "uk": {
            "title": "Рига та Люблін розпочали міські стратегії інтеграції EPI",
            "slug": "ryha-ta-liublin-rozpochaly-stratehii-intehratsii-epi",
            "standfirst": (
                "Міста проєкту EPI розпочали впровадження стратегій інтеграції: у Ризі 1 липня "
                "2021 року зустрілися 26 осіб, Люблін 31 липня провів флешмоб."
            ),
        },
        "body": [
            paragraph(
                "Od lipca 2021 r. do końca roku miasta EPI organizują wydarzenia mające na celu "
                "rozpoczęcie wdrażania miejskich strategii integracji oraz podniesienie "
                "świadomości na temat działań pilotażowych, które zostaną przeprowadzone w "
                "ostatnim roku projektu.",
                "From July 2021 to the end of the year, the EPI cities are holding events to start "
                "implementing their city integration strategies and to raise awareness of the "
                "pilot actions planned for the project's last year.",
                "З липня 2021 року до кінця року міста EPI проводять заходи, щоб розпочати "
                "впровадження міських стратегій інтеграції та підвищити обізнаність про пілотні "
                "дії, заплановані на останній рік проєкту.",
            ),
            heading("Ryga, 1 lipca 2021 r.", "Riga, 1 July 2021", "Рига, 1 липня 2021 року"),
            paragraph(
                "W wydarzeniu inauguracyjnym wzięło udział 26 osób, w tym przedstawiciele "
                "wydziałów Urzędu Miasta Rygi, organizacji pozarządowych i instytucji "
                "państwowych pracujących z migrantami. Zaprezentowano kilka najlepszych praktyk "
                "integracyjnych na Łotwie jako przykłady do omówienia działań pilotażowych EPI.",
                "26 people took part in the inauguration, among them representatives of Riga "
                "City Council departments, NGOs and state institutions working with migrants. "
                "Several of Latvia's best integration practices were presented as examples for "
                "discussing the EPI pilot actions.",
                "В інавгураційному заході взяли участь 26 осіб, серед них представники "
                "департаментів Ризької міської ради, громадських організацій і державних установ, "
                "що працюють із мігрантами. Було представлено кілька найкращих інтеграційних "
                "практик Латвії як приклади для обговорення пілотних дій EPI.",
            ),
            (
                "statistic",
                {
                    "number": "26",
                    "label": _l(
                        "osób wzięło udział w inauguracji w Rydze",
                        "people took part in the inauguration in Riga",
                        "осіб взяли участь в інавгурації в Ризі",
                    ),
                    "source": _l("Projekt EPI", "The EPI project", "Проєкт EPI"),
                    "source_url": EPI_WEBSITE,
                },
            ),
            practice("riga-latvian-language-app"),
            practice("riga-latvian-discussion-clubs"),
            practice("riga-guide-for-newcomers"),
            heading(
                "Lublin, 31 lipca 2021 r.", "Lublin, 31 July 2021", "Люблін, 31 липня 2021 року"
            ),
            paragraph(
                "Impreza inauguracyjna odbyła się w lipcu w Lublinie, jednym z miast EPI. Z tej "
                "okazji miasto zorganizowało akcję flash mob, pełną radości, tańców i zabawy.",
                "The inauguration took place in July in Lublin, one of the EPI cities. For the "
                "occasion the city organised a flash mob full of joy, dancing and fun.",
                "Інавгурація відбулася в липні в Любліні, одному з міст EPI. З цієї нагоди місто "
                "організувало флешмоб, сповнений радості, танців і розваг.",
            ),
            heading("Warsztaty dyskusyjne", "Discussion workshops", "Дискусійні воркшопи"),
            paragraph(
                "Od września 2021 r. do marca 2022 r. EPI organizuje 4 warsztaty, które mają "
                "przenieść doświadczenia miast EPI na inne miasta. Krajowi partnerzy EPI "
                "prowadzą je we współpracy z innymi władzami lokalnymi i organizacjami "
                "pozarządowymi działającymi w dziedzinie integracji i włączenia.",
                "From September 2021 to March 2022, EPI is holding 4 workshops to pass on the EPI "
                "cities' experience to other cities. EPI's national partners run them together "
                "with other local authorities and NGOs working on integration and inclusion.",
                "З вересня 2021 року до березня 2022 року EPI проводить 4 воркшопи, щоб передати "
                "досвід міст EPI іншим містам. Національні партнери EPI проводять їх разом з "
                "іншими органами місцевої влади та громадськими організаціями, що працюють у "
                "сфері інтеграції та інклюзії.",
            ),
        ],
    },
    {
        "key": "riga-interaction",
        "kind": "narrative",
        "claim": None,
        "published": datetime.datetime(2026, 11, 26, 9, 0),
        "topics": ["language-learning"],
        "practices": ["riga-latvian-discussion-clubs", "riga-latvian-language-app"],
        "related": ["epi-inaugurations"],
        "pl": {
            "title": "Rozmowa zamiast murów: łotewskie kluby dyskusyjne dla nowo przybyłych",
            "slug": "lotewskie-kluby-dyskusyjne-dla-nowo-przybylych",
            "standfirst": (
                "Jak wygląda integracja w obszarze „interakcja”? Ryga pokazała to na przykładzie "
                "klubów dyskusyjnych i aplikacji do nauki języka łotewskiego."
            ),
        },
        "en": {
            "title": "Talking, not walls: Latvian discussion clubs for newcomers",
            "slug": "latvian-discussion-clubs-for-newcomers",
            "standfirst": (
                "What does integration look like in the area of “interaction”? Riga showed it "
                "with discussion clubs and an app for learning Latvian."
            ),
        },
        "uk": {
            "title": "Розмова замість стін: латиські дискусійні клуби для новоприбулих",
            "slug": "latyski-dyskusiini-kluby-dlia-novoprybulykh",
            "standfirst": (
                "Як виглядає інтеграція у сфері «взаємодії»? Рига показала це на прикладі "
                "дискусійних клубів і застосунку для вивчення латиської мови."
            ),
        },
        "body": [
            (
                "quote",
                {
                    "quote": _l(
                        "Otwieranie przestrzeni i możliwości interakcji i współtworzenia między "
                        "ludźmi o różnym pochodzeniu kulturowym pomoże budować zaufanie i "
                        "spójność.",
                        "Opening spaces and opportunities for interaction and co-creation between "
                        "people of different cultural backgrounds will help build trust and "
                        "cohesion.",
                        "Відкриття простору й можливостей для взаємодії та співтворчості між "
                        "людьми різного культурного походження допоможе будувати довіру та "
                        "згуртованість.",
                    ),
                    "attribution": _l(
                        "Obszary pilotażowe strategii integracji EPI",
                        "The pilot areas of the EPI integration strategies",
                        "Пілотні сфери стратегій інтеграції EPI",
                    ),
                },
            ),
            heading("Kluby dyskusyjne", "Discussion clubs", "Дискусійні клуби"),
            paragraph(
                "Podczas inauguracji w Rydze 1 lipca 2021 r. Alvis Šķendērs z organizacji "
                "pozarządowej Schron „Bezpieczny dom” przedstawił pilotażowy projekt łotewskich "
                "klubów dyskusyjnych dla nowo przybyłych.",
                "At the inauguration in Riga on 1 July 2021, Alvis Šķendērs of the NGO Shelter "
                "“Safe House” presented a pilot project of Latvian discussion clubs for "
                "newcomers.",
                "Під час інавгурації в Ризі 1 липня 2021 року Alvis Šķendērs із громадської "
                "організації «Притулок „Безпечний дім“» представив пілотний проєкт латиських "
                "дискусійних клубів для новоприбулих.",
            ),
            practice("riga-latvian-discussion-clubs"),
            heading("Język na co dzień", "Language every day", "Мова щодня"),
            paragraph(
                "Ērika Pičukāne z Łotewskiej Agencji Językowej zaprezentowała aplikację cyfrową "
                "udostępniającą zasoby do nauki języka łotewskiego na różnych poziomach "
                "zaawansowania.",
                "Ērika Pičukāne of the Latvian Language Agency presented a digital app offering "
                "resources for learning Latvian at different levels.",
                "Ērika Pičukāne з Агенції латиської мови представила цифровий застосунок із "
                "матеріалами для вивчення латиської мови на різних рівнях.",
            ),
            practice("riga-latvian-language-app"),
            (
                "callout",
                {
                    "title": _l("Dlaczego to ważne", "Why it matters", "Чому це важливо"),
                    "text": _l(
                        "<p>Dzielenie się udanymi przykładami i rozwiązaniami to sposób, w jaki "
                        "inicjatywa #Region4Integration buduje pozytywną narrację i przeciwdziała "
                        "dezinformacji.</p>",
                        "<p>Sharing successful examples and solutions is how the "
                        "#Region4Integration initiative builds a positive narrative and counters "
                        "disinformation.</p>",
                        "<p>Обмін успішними прикладами й рішеннями – це спосіб, у який ініціатива "
                        "#Region4Integration будує позитивний наратив і протидіє "
                        "дезінформації.</p>",
                    ),
                },
            ),
        ],
    },
]
