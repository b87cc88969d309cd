"""Demo events in Polish, English and Ukrainian, from the seed documents.

Every fact comes from the seeds (002 Miasta Otwarte 2015, 003 EPI, 004 MILE peer review,
000 the initiative's main activities). Where a seed gives no time, an event is all-day;
where it gives no venue, street, website or video, the field stays empty. Two dates are
choices the seeds do not make, and docs/events.md says so:
- seed 004 dates the MILE peer review "18-20 March" without a year: it is shown in 2024,
  within the Interreg Europe 2021-2027 programme the seed names;
- the upcoming round table is a placeholder for the initiative's ongoing round-table
  debates (seed 000), fixed on 15 April 2027 so the calendar is never empty.
Seed 003 links the Lublin flash-mob film with "#" only, so that event has no video.
Coordinates are city centres (as in practices/demo_texts.py). People's names are kept in
the Latin spelling the seeds give, in every language. Bodies are lists of paragraphs with
the same length in every language: translations are mapped segment by segment.
Practices, organisations and topics are named by their keys in practices/demo_texts.py.
Each event's topics are what its seed says it is about: the EPI events launch or spread
city integration strategies (Riga's also presents Latvian-language practices), the Miasta
Otwarte awards honour municipal integration policies, the MILE peer review and the round
table are about migrants' access to the labour market (and, for the round table, to
vocational training).
"""

import datetime

INDEX = {
    "pl": {
        "title": "Wydarzenia",
        "slug": "wydarzenia",
        "introduction": (
            "Inauguracje, warsztaty, wzajemne oceny i gale: zapowiedzi przed wydarzeniem, "
            "relacje po nim. Kalendarz nadchodzących wydarzeń można zasubskrybować."
        ),
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "introduction": (
            "Inaugurations, workshops, peer reviews and award ceremonies: announced before "
            "they happen, reported after. You can subscribe to the calendar of upcoming events."
        ),
    },
    "uk": {
        "title": "Події",
        "slug": "podii",
        "introduction": (
            "Інавгурації, семінари, взаємні оцінки та церемонії нагородження: анонси до події "
            "і звіти після неї. На календар майбутніх подій можна підписатися."
        ),
    },
}

_RIGA = {"pl": "Ryga", "en": "Riga", "uk": "Рига"}
_LUBLIN = {"pl": "Lublin", "en": "Lublin", "uk": "Люблін"}
_WROCLAW = {"pl": "Wrocław", "en": "Wrocław", "uk": "Вроцлав"}
_SZCZECIN = {"pl": "Szczecin", "en": "Szczecin", "uk": "Щецин"}
_NONE = {"pl": "", "en": "", "uk": ""}

EVENTS = [
    {
        "key": "riga-inauguration",
        "event_type": "inauguration",
        "time_zone": "Europe/Riga",
        "start_date": datetime.date(2021, 7, 1),
        "city": _RIGA,
        "venue": _NONE,
        "country": "LV",
        "latlon": (56.9496, 24.1052),
        "organisers": ["riga-city"],
        "partners": [],
        "participant_count": 26,
        "topics": ["integration-strategy", "language-learning"],
        "related_practices": ["riga-city-integration-strategy"],
        "practice_cards": [],
        "presentations": [
            {
                "speaker": "Ērika Pičukāne",
                "practice": "riga-latvian-language-app",
                "pl": {
                    "organisation": "Łotewska Agencja Językowa",
                    "title": "Aplikacja cyfrowa do nauki języka łotewskiego na różnych poziomach",
                },
                "en": {
                    "organisation": "Latvian Language Agency",
                    "title": "A digital app for learning Latvian at different levels",
                },
                "uk": {
                    "organisation": "Агенція латиської мови",
                    "title": "Цифровий застосунок для вивчення латиської мови на різних рівнях",
                },
            },
            {
                "speaker": "Alvis Šķendērs",
                "practice": "riga-latvian-discussion-clubs",
                "pl": {
                    "organisation": "Schron „Bezpieczny dom”",
                    "title": (
                        "Pilotażowy projekt łotewskich klubów dyskusyjnych dla nowo przybyłych"
                    ),
                },
                "en": {
                    "organisation": "Shelter “Safe House”",
                    "title": "The pilot project of Latvian discussion clubs for newcomers",
                },
                "uk": {
                    "organisation": "Притулок «Безпечний дім»",
                    "title": "Пілотний проєкт латиських дискусійних клубів для новоприбулих",
                },
            },
            {
                "speaker": "Indra Vilde",
                "practice": "riga-guide-for-newcomers",
                "pl": {
                    "organisation": "Miasto Ryga",
                    "title": "Aktualizacja „Przewodnika dla nowoprzybyłych w gminie Ryga”",
                },
                "en": {
                    "organisation": "Riga City Council",
                    "title": "Updating the “Guide for newcomers in the Riga municipality”",
                },
                "uk": {
                    "organisation": "Ризька міська рада",
                    "title": "Оновлення «Путівника для новоприбулих у муніципалітеті Рига»",
                },
            },
        ],
        "pl": {
            "title": "Inauguracja Strategii Integracji EPI w Rydze",
            "slug": "inauguracja-epi-w-rydze",
            "summary": (
                "Ryga, jedno z miast EPI, rozpoczęła wdrażanie miejskiej strategii integracji "
                "wydarzeniem, na którym przedstawiono najlepsze łotewskie praktyki integracyjne."
            ),
            "body": [
                "<p>Od lipca 2021 r. do końca roku miasta EPI organizują wydarzenia mające na "
                "celu rozpoczęcie implementacji Strategii Integracji Miast oraz podniesienie "
                "świadomości na temat działań pilotażowych, które zostaną przeprowadzone "
                "w ostatnim roku realizacji projektu EPI.</p>",
            ],
            "outcomes": (
                "<p>W wydarzeniu wzięło udział 26 osób, w tym przedstawiciele wydziałów Urzędu "
                "Miasta Rygi, organizacje pozarządowe i instytucje państwowe pracujące "
                "z migrantami. Zaprezentowane praktyki posłużyły jako przykłady do omówienia "
                "działań pilotażowych EPI, które ma wdrożyć miasto Ryga.</p>"
            ),
        },
        "en": {
            "title": "Launch of the EPI Integration Strategy in Riga",
            "slug": "epi-launch-in-riga",
            "summary": (
                "Riga, one of the EPI cities, began implementing its city integration strategy "
                "with an event presenting some of the best integration practices in Latvia."
            ),
            "body": [
                "<p>From July 2021 to the end of the year, the EPI cities are holding events to "
                "start implementing the City Integration Strategies and to raise awareness of "
                "the pilot actions that will be carried out in the final year of the EPI "
                "project.</p>",
            ],
            "outcomes": (
                "<p>The event was attended by 26 people, including representatives of Riga City "
                "Council departments, non-governmental organisations and state institutions "
                "working with migrants. The practices presented served as examples for "
                "discussing the EPI pilot actions to be implemented by the City of Riga.</p>"
            ),
        },
        "uk": {
            "title": "Початок упровадження Стратегії інтеграції EPI в Ризі",
            "slug": "pochatok-epi-v-ryzi",
            "summary": (
                "Рига, одне з міст EPI, розпочала впровадження міської стратегії інтеграції "
                "подією, на якій представили найкращі інтеграційні практики Латвії."
            ),
            "body": [
                "<p>З липня 2021 року до кінця року міста EPI проводять заходи, щоб розпочати "
                "впровадження Стратегій інтеграції міст і привернути увагу до пілотних дій, "
                "які буде здійснено в останній рік реалізації проєкту EPI.</p>",
            ],
            "outcomes": (
                "<p>У заході взяли участь 26 осіб, зокрема представники департаментів Ризької "
                "міської ради, громадські організації та державні установи, які працюють "
                "з мігрантами. Представлені практики стали прикладами для обговорення пілотних "
                "дій EPI, які має впровадити місто Рига.</p>"
            ),
        },
    },
    {
        "key": "lublin-inauguration",
        "event_type": "flash-mob",
        "time_zone": "Europe/Warsaw",
        "start_date": datetime.date(2021, 7, 31),
        "city": _LUBLIN,
        "venue": _NONE,
        "country": "PL",
        "latlon": (51.2465, 22.5684),
        "organisers": ["lublin-city"],
        "partners": [],
        "participant_count": None,
        "topics": ["integration-strategy"],
        "related_practices": ["lublin-city-integration-strategy"],
        "practice_cards": [],
        "presentations": [],
        "pl": {
            "title": "Inauguracja EPI w Lublinie: flash mob",
            "slug": "inauguracja-epi-w-lublinie",
            "summary": (
                "Lublin, jedno z miast EPI, zainaugurował wdrażanie miejskiej strategii "
                "integracji akcją flash mob pełną radości, tańców i zabawy."
            ),
            "body": [
                "<p>Impreza inauguracyjna odbyła się w lipcu w Lublinie, jednym z miast EPI. "
                "Z tej okazji miasto Lublin zorganizowało akcję flash mob, pełną radości, tańców "
                "i zabawy.</p>",
            ],
            "outcomes": (
                "<p>Akcję utrwalono na filmie. Wydarzenie rozpoczęło w Lublinie pilotażowe "
                "wdrażanie miejskiej strategii integracji opracowanej w projekcie EPI.</p>"
            ),
        },
        "en": {
            "title": "EPI launch in Lublin: a flash mob",
            "slug": "epi-launch-in-lublin",
            "summary": (
                "Lublin, one of the EPI cities, launched its city integration strategy with "
                "a flash mob full of joy, dancing and fun."
            ),
            "body": [
                "<p>The inaugural event took place in July in Lublin, one of the EPI cities. "
                "For the occasion, the City of Lublin organised a flash mob full of joy, "
                "dancing and fun.</p>",
            ],
            "outcomes": (
                "<p>The flash mob was filmed. The event started the pilot implementation in "
                "Lublin of the city integration strategy drawn up in the EPI project.</p>"
            ),
        },
        "uk": {
            "title": "Початок EPI в Любліні: флешмоб",
            "slug": "pochatok-epi-v-lyublini",
            "summary": (
                "Люблін, одне з міст EPI, розпочав упровадження міської стратегії інтеграції "
                "флешмобом, сповненим радості, танців і розваг."
            ),
            "body": [
                "<p>Інавгураційний захід відбувся в липні в Любліні, одному з міст EPI. З цієї "
                "нагоди місто Люблін організувало флешмоб, сповнений радості, танців "
                "і розваг.</p>",
            ],
            "outcomes": (
                "<p>Флешмоб зняли на відео. Подія розпочала в Любліні пілотне впровадження "
                "міської стратегії інтеграції, розробленої в проєкті EPI.</p>"
            ),
        },
    },
    {
        "key": "epi-workshops",
        "event_type": "workshop",
        "time_zone": "Europe/Warsaw",
        "start_date": datetime.date(2021, 9, 1),
        "end_date": datetime.date(2022, 3, 31),
        "city": _NONE,
        "venue": _NONE,
        "country": "",
        "latlon": None,
        "organisers": [],
        "partners": [],
        "participant_count": None,
        "topics": ["integration-strategy"],
        "related_practices": [
            "riga-city-integration-strategy",
            "lublin-city-integration-strategy",
        ],
        "practice_cards": [],
        "presentations": [],
        "pl": {
            "title": "Cykl czterech warsztatów dyskusyjnych EPI",
            "slug": "warsztaty-dyskusyjne-epi",
            "summary": (
                "Od września 2021 r. do marca 2022 r. EPI organizuje 4 warsztaty, aby "
                "rozpowszechnić doświadczenia miast EPI i strategie integracji w innych miastach."
            ),
            "body": [
                "<p>Opierając się na strategiach integracji miast EPI, warsztaty mają poszerzyć "
                "i rozpowszechnić doświadczenia nabyte w trakcie projektu w innych miastach, "
                "ułatwiając im wdrożenie podobnych miejskich inicjatyw na rzecz włączenia "
                "i integracji, przystosowanych do ich potrzeb.</p>",
                "<p><b>Gdzie:</b> warsztaty obejmą główne regiony Europy, z północy na południe, "
                "przechodząc przez wschód i zachód.</p>",
                "<p><b>Kto:</b> krajowi partnerzy EPI we współpracy z innymi władzami lokalnymi "
                "i organizacjami pozarządowymi działającymi w dziedzinie integracji "
                "i włączenia.</p>",
                "<p><b>Co:</b> warsztaty wprowadzą do projektu EPI i obejmą wspólne działania "
                "służące dzieleniu się wiedzą i dobrymi praktykami. Ich głównym celem będzie "
                "wsparcie miast i władz lokalnych, które chcą rozwijać angażujące i innowacyjne "
                "działania przynoszące korzyści ich społecznościom.</p>",
            ],
            "outcomes": "",
        },
        "en": {
            "title": "A series of four EPI discussion workshops",
            "slug": "epi-discussion-workshops",
            "summary": (
                "From September 2021 to March 2022 EPI is organising 4 workshops to spread the "
                "experience of the EPI cities and their integration strategies to other cities."
            ),
            "body": [
                "<p>Building on the EPI cities' integration strategies, the workshops are to "
                "broaden and spread the experience gained in the project to other cities, "
                "helping them to implement similar urban initiatives for inclusion and "
                "integration, adapted to their needs.</p>",
                "<p><b>Where:</b> the workshops will cover the main regions of Europe, from north "
                "to south, through east and west.</p>",
                "<p><b>Who:</b> the EPI national partners together with other local authorities "
                "and non-governmental organisations working on integration and inclusion.</p>",
                "<p><b>What:</b> the workshops will introduce the EPI project and include joint "
                "activities for sharing knowledge and good practices. Their main aim will be to "
                "support cities and local authorities that want to develop engaging and "
                "innovative actions that benefit their communities.</p>",
            ],
            "outcomes": "",
        },
        "uk": {
            "title": "Цикл із чотирьох дискусійних семінарів EPI",
            "slug": "dyskusiini-seminary-epi",
            "summary": (
                "З вересня 2021 року до березня 2022 року EPI проводить 4 семінари, щоб "
                "поширити досвід міст EPI та їхні стратегії інтеграції на інші міста."
            ),
            "body": [
                "<p>Спираючись на стратегії інтеграції міст EPI, семінари мають розширити "
                "й поширити досвід, здобутий у проєкті, на інші міста, допомагаючи їм "
                "упроваджувати подібні міські ініціативи з інклюзії та інтеграції, пристосовані "
                "до їхніх потреб.</p>",
                "<p><b>Де:</b> семінари охоплять головні регіони Європи, з півночі на південь, "
                "через схід і захід.</p>",
                "<p><b>Хто:</b> національні партнери EPI разом з іншими органами місцевої влади "
                "та громадськими організаціями, що працюють у сфері інтеграції та інклюзії.</p>",
                "<p><b>Що:</b> семінари познайомлять із проєктом EPI та включатимуть спільні "
                "заходи для обміну знаннями й добрими практиками. Їхня головна мета – підтримати "
                "міста й органи місцевої влади, які хочуть розвивати залучальні та інноваційні "
                "дії на користь своїх громад.</p>",
            ],
            "outcomes": "",
        },
    },
    {
        "key": "miasta-otwarte-ceremony",
        "event_type": "award-ceremony",
        "time_zone": "Europe/Warsaw",
        "start": datetime.datetime(2015, 5, 14, 15, 30),
        "city": _WROCLAW,
        "venue": {
            "pl": "Synagoga pod Białym Bocianem",
            "en": "White Stork Synagogue",
            "uk": "Синагога під Білим Лелекою",
        },
        "country": "PL",
        "latlon": (51.1079, 17.0385),
        "organisers": ["inna-przestrzen"],
        "partners": [],
        "participant_count": None,
        "topics": ["integration-strategy"],
        "related_practices": [],
        "practice_cards": [
            "mo-municipal-diversity-strategy",
            "mo-foreigners-in-municipal-offices",
            "mo-universities-international-students",
            "mo-social-assistance",
            "mo-service-point-for-foreigners",
            "mo-immigrant-pupils",
            "mo-cross-sector-platforms",
            "mo-ngo-competitions",
            "mo-immigrant-friendly-space",
            "mo-information-and-integration",
            "mo-research-cooperation",
        ],
        "presentations": [],
        "pl": {
            "title": "Gala wyróżnień Miasta Otwarte 2015",
            "slug": "gala-miasta-otwarte-2015",
            "summary": (
                "Uroczyste wręczenie wyróżnień Miasta Otwarte z udziałem przedstawicieli "
                "docenionych samorządów otwiera IV Międzysektorowe Forum Lokalnych Polityk "
                "Migracyjnych."
            ),
            "body": [
                "<p>Miasta Otwarte to działanie zapoczątkowane w 2014 roku w ramach akcji "
                "społecznej „Włącz się w Polskę”. Jego celem jest wyróżnienie działań samorządów "
                "miejskich na rzecz integracji imigrantów. W tym roku, już po raz drugi, zostaną "
                "wręczone nagrody dla inicjatyw szczególnie wartych uznania – przede wszystkim "
                "za ich kompleksowość, długofalowość, zaangażowanie samorządu oraz "
                "skuteczność.</p>",
                "<p>Wybór przebiegał dwuetapowo: eksperci z Warszawy, Krakowa, Lublina, Poznania, "
                "Łodzi i Gdańska przygotowali raporty o praktykach samorządów, a jury migranckie "
                "(Priscilla Rubia z Łodzi, Harris Mawusi z Gdańska, Jose Torres reprezentujący "
                "Wrocław, Edward Krajczyński z Lublina, Ngo Hoang Minh z Warszawy) dokonało "
                "ostatecznego wyboru. Głównym organizatorem akcji jest warszawska Fundacja "
                "„Inna Przestrzeń”.</p>",
                "<p>Jurorzy docenili samorządy za następujące działania:</p>",
            ],
            "outcomes": "",
        },
        "en": {
            "title": "Miasta Otwarte (Open Cities) 2015 award ceremony",
            "slug": "open-cities-2015-award-ceremony",
            "summary": (
                "The Miasta Otwarte awards are presented to representatives of the recognised "
                "local authorities at the opening of the IV Cross-sector Forum of Local "
                "Migration Policies."
            ),
            "body": [
                "<p>Miasta Otwarte (Open Cities) began in 2014 as part of the “Włącz się "
                "w Polskę” (Join in Poland) social campaign. It recognises what city "
                "authorities do to integrate immigrants. This year, for the second time, awards "
                "go to initiatives particularly worthy of recognition – above all for their "
                "comprehensiveness, long-term character, the local authority's commitment and "
                "their effectiveness.</p>",
                "<p>The selection had two stages: experts from Warsaw, Kraków, Lublin, Poznań, "
                "Łódź and Gdańsk reported on local authorities' practices, and a jury of "
                "migrants (Priscilla Rubia from Łódź, Harris Mawusi from Gdańsk, Jose Torres "
                "representing Wrocław, Edward Krajczyński from Lublin, Ngo Hoang Minh from "
                "Warsaw) made the final choice. The campaign's main organiser is the Warsaw-based "
                "“Inna Przestrzeń” Foundation.</p>",
                "<p>The jurors recognised local authorities for the following actions:</p>",
            ],
            "outcomes": "",
        },
        "uk": {
            "title": "Церемонія нагородження «Miasta Otwarte» (Відкриті міста) 2015",
            "slug": "tseremoniia-vidkryti-mista-2015",
            "summary": (
                "Урочисте вручення відзнак «Miasta Otwarte» представникам відзначених органів "
                "місцевого самоврядування відкриває IV Міжсекторальний форум місцевої "
                "міграційної політики."
            ),
            "body": [
                "<p>«Miasta Otwarte» (Відкриті міста) – ініціатива, започаткована 2014 року "
                "в межах соціальної кампанії «Włącz się w Polskę» (Долучайся до Польщі). Її мета – "
                "відзначити дії міських органів самоврядування з інтеграції іммігрантів. Цього "
                "року вже вдруге буде вручено нагороди ініціативам, особливо гідним визнання, – "
                "насамперед за комплексність, довготривалість, залученість самоврядування "
                "та ефективність.</p>",
                "<p>Відбір мав два етапи: експерти з Варшави, Кракова, Любліна, Познані, Лодзі "
                "та Гданська підготували звіти про практики органів самоврядування, а журі "
                "мігрантів (Priscilla Rubia з Лодзі, Harris Mawusi з Гданська, Jose Torres, який "
                "представляв Вроцлав, Edward Krajczyński з Любліна, Ngo Hoang Minh з Варшави) "
                "зробило остаточний вибір. Головний організатор кампанії – варшавський фонд "
                "«Inna Przestrzeń».</p>",
                "<p>Журі відзначило органи самоврядування за такі дії:</p>",
            ],
            "outcomes": "",
        },
    },
    {
        "key": "mile-peer-review",
        "event_type": "peer-review",
        "time_zone": "Europe/Warsaw",
        "start_date": datetime.date(2024, 3, 18),
        "end_date": datetime.date(2024, 3, 20),
        "city": _SZCZECIN,
        "venue": {
            "pl": "Sejmik Województwa Zachodniopomorskiego",
            "en": "Regional Assembly of the West Pomeranian Voivodeship",
            "uk": "Сеймик Західнопоморського воєводства",
        },
        "country": "PL",
        "latlon": (53.4285, 14.5528),
        "organisers": ["west-pomerania"],
        "partners": [
            "bema",
            "ifl-leipzig",
            "central-macedonia",
            "thessaloniki-migrants-department",
            "postojna-city",
            "youth-centre-postojna",
        ],
        "participant_count": None,
        "topics": ["labour-market"],
        "related_practices": [
            "mile-peer-review-szczecin",
            "bema-saxony-anhalt",
            "leipzig-institute-regional-geography",
            "thessaloniki-migrants-department",
            "central-macedonia-mile",
            "postojna-mile",
        ],
        "practice_cards": [],
        "presentations": [],
        "pl": {
            "title": "Spotkania peer review projektu MILE w Szczecinie",
            "slug": "peer-review-mile-szczecin",
            "summary": (
                "Partnerzy i interesariusze projektu MILE z Niemiec, Grecji i Słowenii "
                "rozmawiali o sytuacji migrantów w województwie zachodniopomorskim i regionalnej "
                "polityce migracyjnej."
            ),
            "body": [
                "<p>Województwo Zachodniopomorskie wspólnie z 11 partnerami z krajów europejskich "
                "realizuje w ramach Programu Interreg Europa 2021-2027 projekt „Migrants’ "
                "Integration in Local Economies” (Migranci na lokalnym rynku pracy). Jego celem "
                "jest wypracowanie programów i działań pozwalających prowadzić stałą politykę "
                "włączenia migrantów spoza UE do lokalnych społeczeństw i stworzenie równych "
                "warunków dostępu do rynków pracy.</p>",
            ],
            "outcomes": (
                "<p>Przedstawiciele partnerów i interesariuszy z Niemiec, Grecji i Słowenii oraz "
                "interesariusze projektu MILEstone i instytucje wspierające migrantów "
                "w województwie podzielili się doświadczeniami, dobrymi praktykami "
                "i propozycjami rozwiązań, a także oczekiwaniami dotyczącymi dalszego rozwoju "
                "polityki migracyjnej w województwie zachodniopomorskim.</p>"
            ),
        },
        "en": {
            "title": "MILE project peer review meetings in Szczecin",
            "slug": "mile-peer-review-szczecin",
            "summary": (
                "Partners and stakeholders of the MILE project from Germany, Greece and Slovenia "
                "discussed the situation of migrants in the West Pomeranian Voivodeship and its "
                "regional migration policy."
            ),
            "body": [
                "<p>Together with 11 partners from European countries, the West Pomeranian "
                "Voivodeship runs the project “Migrants’ Integration in Local Economies” under "
                "the Interreg Europe 2021-2027 programme. It aims to develop programmes and "
                "actions for a steady policy of including non-EU migrants in local societies "
                "and to create equal access to labour markets.</p>",
            ],
            "outcomes": (
                "<p>Representatives of partners and stakeholders from Germany, Greece and "
                "Slovenia, together with stakeholders of the MILEstone project and institutions "
                "supporting migrants in the region, shared experiences, good practices and "
                "proposed solutions, as well as their expectations for the further development "
                "of migration policy in the West Pomeranian Voivodeship.</p>"
            ),
        },
        "uk": {
            "title": "Зустрічі взаємної оцінки (peer review) проєкту MILE у Щецині",
            "slug": "vzaiemna-otsinka-mile-shchetsyn",
            "summary": (
                "Партнери та зацікавлені сторони проєкту MILE з Німеччини, Греції та Словенії "
                "обговорили становище мігрантів у Західнопоморському воєводстві та регіональну "
                "міграційну політику."
            ),
            "body": [
                "<p>Західнопоморське воєводство разом з 11 партнерами з європейських країн "
                "реалізує в межах програми Interreg Europe 2021-2027 проєкт «Migrants’ "
                "Integration in Local Economies» (Мігранти на місцевому ринку праці). Його мета – "
                "розробити програми й дії для сталої політики включення мігрантів з-поза ЄС "
                "у місцеві громади та створити рівні умови доступу до ринків праці.</p>",
            ],
            "outcomes": (
                "<p>Представники партнерів і зацікавлених сторін з Німеччини, Греції та Словенії, "
                "а також зацікавлені сторони проєкту MILEstone та установи, що підтримують "
                "мігрантів у воєводстві, поділилися досвідом, добрими практиками й пропозиціями "
                "рішень, а також очікуваннями щодо подальшого розвитку міграційної політики "
                "в Західнопоморському воєводстві.</p>"
            ),
        },
    },
    {
        "key": "round-table-2027",
        "event_type": "round-table",
        "time_zone": "Europe/Warsaw",
        "start": datetime.datetime(2027, 4, 15, 10, 0),
        "end": datetime.datetime(2027, 4, 15, 13, 0),
        "city": _SZCZECIN,
        "venue": _NONE,
        "country": "PL",
        "latlon": (53.4285, 14.5528),
        "organisers": ["west-pomerania"],
        "partners": ["rops", "wup-szczecin"],
        "participant_count": None,
        "topics": ["labour-market", "vocational-training"],
        "related_practices": [
            "arrival-regions-west-pomerania",
            "west-pomeranian-migrant-support-system",
        ],
        "practice_cards": [],
        "presentations": [],
        "pl": {
            "title": "Debata okrągłego stołu #Region4Integration: migranci na lokalnym rynku pracy",
            "slug": "debata-okraglego-stolu-rynek-pracy",
            "summary": (
                "Miasta, gminy i region rozmawiają o dostępie migrantów i uchodźców do rynku "
                "pracy i szkoleń zawodowych oraz o wymianie dobrych praktyk."
            ),
            "body": [
                "<p>Debaty okrągłego stołu to jedno z głównych działań inicjatywy „Miasta "
                "i regiony na rzecz integracji”: dają mniejszym gminom, miastom średniej "
                "wielkości i regionom silniejszy głos i ułatwiają wymianę dobrych praktyk "
                "w zakresie integracji migrantów na szczeblu lokalnym.</p>",
            ],
            "outcomes": "",
        },
        "en": {
            "title": "#Region4Integration round table: migrants in local labour markets",
            "slug": "round-table-labour-markets",
            "summary": (
                "Cities, municipalities and the region discuss access to the labour market and "
                "vocational training for migrants and refugees, and exchange good practices."
            ),
            "body": [
                "<p>Round-table debates are one of the main activities of the “Cities and "
                "Regions for Integration” initiative: they give small municipalities, "
                "medium-sized cities and regions a stronger voice and help them exchange good "
                "practices in integrating migrants at local level.</p>",
            ],
            "outcomes": "",
        },
        "uk": {
            "title": "Круглий стіл #Region4Integration: мігранти на місцевому ринку праці",
            "slug": "kruhlyi-stil-rynok-pratsi",
            "summary": (
                "Міста, громади та регіон обговорюють доступ мігрантів і біженців до ринку праці "
                "та професійного навчання й обмінюються добрими практиками."
            ),
            "body": [
                "<p>Дебати за круглим столом – одна з головних дій ініціативи «Міста й регіони "
                "для інтеграції»: вони дають меншим громадам, середнім містам і регіонам "
                "сильніший голос і полегшують обмін добрими практиками інтеграції мігрантів "
                "на місцевому рівні.</p>",
            ],
            "outcomes": "",
        },
    },
]
