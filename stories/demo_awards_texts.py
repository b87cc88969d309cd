"""The Miasta Otwarte 2015 award announcement (seed 002) in Polish, English and Ukrainian.

Every fact comes from seed 002. The seed lists the eleven kinds of municipal action the
migrant jury recognised but names no municipality for any of them, so every laureate's
municipality stays empty; each links to the practice the library already has for that kind
of action (practices/demo_texts.py, by its Polish slug). The seed gives no publication date
either, so the page shows the day it went live. People's names keep the seed's spelling in
every language. Rich text and body blocks line up one to one across languages: translations
are mapped segment by segment.
"""

import datetime
from zoneinfo import ZoneInfo

INDEX = {
    "pl": {"title": "Aktualności", "slug": "aktualnosci"},
    "en": {"title": "News", "slug": "news"},
    "uk": {"title": "Новини", "slug": "novyny"},
}

# Seed 002: "Głównym organizatorem akcji jest warszawska Fundacja „Inna Przestrzeń”."
ORGANISER_NAME = "Fundacja „Inna Przestrzeń”"

YEAR = 2015
# "dn. 14 maja 2015 r. o godz. 15:30", in Wrocław: Polish time.
# The ceremony as an event page of the events demo (events/demo_texts.py).
CEREMONY_EVENT_SLUG = "gala-miasta-otwarte-2015"
CEREMONY_DATE = datetime.datetime(2015, 5, 14, 15, 30, tzinfo=ZoneInfo("Europe/Warsaw"))

AWARD = {
    "pl": {
        "title": "Miasta Otwarte 2015: jury migranckie docenia działania samorządów",
        "slug": "miasta-otwarte-2015",
        "award_name": "Miasta Otwarte",
        "edition": "II edycja",
        "introduction": (
            "Już po raz drugi akcja Miasta Otwarte wyróżnia działania samorządów miejskich "
            "na rzecz integracji imigrantów. Ostatecznego wyboru dokonało jury migranckie."
        ),
        "criteria": (
            "<p>Nagrody trafiają do inicjatyw szczególnie wartych uznania i docenienia – "
            "przede wszystkim za:</p>"
            "<ul>"
            "<li>kompleksowość,</li>"
            "<li>długofalowość,</li>"
            "<li>zaangażowanie samorządu,</li>"
            "<li>skuteczność.</li>"
            "</ul>"
            "<p>Wybór przebiegał dwuetapowo. W pierwszym etapie wybrani eksperci z Warszawy, "
            "Krakowa, Lublina, Poznania, Łodzi i Gdańska – naukowcy i działacze organizacji "
            "pozarządowych, zajmujący się na co dzień problematyką wielokulturowości "
            "i integracji – przygotowali raporty dotyczące podejmowanych przez samorządy "
            "praktyk na rzecz migrantów. Analizowali również sposób realizacji praktyk "
            "wyróżnionych w 2014 roku. Następnie jury migranckie dokonało ostatecznego "
            "wyboru.</p>"
        ),
        "ceremony_venue": (
            "Synagoga pod Białym Bocianem we Wrocławiu, podczas otwarcia "
            "IV Międzysektorowego Forum Lokalnych Polityk Migracyjnych"
        ),
        "body": [
            ("heading", {"text": "O akcji", "anchor": ""}),
            (
                "paragraph",
                "<p>Miasta Otwarte to działanie zapoczątkowane w 2014 roku w ramach akcji "
                "społecznej „Włącz się w Polskę”. Jego celem jest wyróżnienie działań "
                "samorządów miejskich na rzecz integracji imigrantów.</p>"
                "<p>Eksperci od tematyki migracji podkreślają, że zjawiska tego nie można "
                "analizować jedynie na poziomie krajowym – w miastach odsetek migranckich "
                "mieszkańców się zwiększa, a integracja jest procesem, który zachodzi także "
                "na poziomie lokalnym. Ogromną rolę odgrywa w nim społeczność lokalna oraz "
                "warunki, jakie dla integracji stwarza dane miasto.</p>"
                "<p>Choć nie ma uniwersalnych rozwiązań, a zjawisko migracji jest zawsze "
                "specyficzne dla danej lokalizacji, organizatorzy chcą zachęcić urzędy miast "
                "do wymiany doświadczeń i inspirowania się działaniami podejmowanymi przez "
                "władze samorządowe w innych częściach Polski.</p>"
                "<p>Uroczyste wręczenie wyróżnień odbędzie się z udziałem przedstawicieli "
                "docenionych samorządów.</p>",
            ),
            ("heading", {"text": "Finansowanie", "anchor": ""}),
            (
                "paragraph",
                "<p>Projekt „Zwiększanie efektywności zarządzania migracjami w Polsce” jest "
                "współfinansowany przez Szwajcarię w ramach szwajcarskiego programu "
                "współpracy z nowymi krajami członkowskimi Unii Europejskiej.</p>"
                "<p>Projekt „Lokalne międzysektorowe polityki na rzecz integracji "
                "imigrantów” jest współfinansowany ze środków Unii Europejskiej w ramach "
                "Europejskiego Funduszu na rzecz Integracji Obywateli Państw Trzecich oraz "
                "budżetu państwa i realizowany w ramach programu Obywatele dla Demokracji, "
                "finansowanego z Funduszy EOG.</p>",
            ),
        ],
    },
    "en": {
        "title": "Miasta Otwarte 2015: a migrant jury recognises what cities do",
        "slug": "open-cities-2015",
        "award_name": "Miasta Otwarte (Open Cities)",
        "edition": "2nd edition",
        "introduction": (
            "For the second time, the Miasta Otwarte (Open Cities) action recognises what city "
            "authorities do for the integration of immigrants. A migrant jury made the final "
            "choice."
        ),
        "criteria": (
            "<p>The awards go to initiatives particularly worthy of recognition – above all "
            "for being:</p>"
            "<ul>"
            "<li>comprehensive,</li>"
            "<li>long-term,</li>"
            "<li>backed by the commitment of the local authority,</li>"
            "<li>effective.</li>"
            "</ul>"
            "<p>The selection had two stages. First, chosen experts from Warsaw, Kraków, "
            "Lublin, Poznań, Łódź and Gdańsk – researchers and NGO activists who work on "
            "multiculturalism and integration every day – prepared reports on local "
            "authorities' practices for migrants. They also analysed how the practices "
            "recognised in 2014 had been carried out. A migrant jury then made the final "
            "choice.</p>"
        ),
        "ceremony_venue": (
            "The White Stork Synagogue (Synagoga pod Białym Bocianem), Wrocław, at the opening "
            "of the 4th Cross-sector Forum of Local Migration Policies"
        ),
        "body": [
            ("heading", {"text": "About the action", "anchor": ""}),
            (
                "paragraph",
                "<p>Miasta Otwarte (Open Cities) is an action launched in 2014 as part of the "
                "social campaign “Włącz się w Polskę” (Join in Poland). Its aim is to "
                "recognise what city authorities do for the integration of immigrants.</p>"
                "<p>Migration experts stress that the phenomenon cannot be analysed at the "
                "national level alone: the share of migrant residents in cities is growing, "
                "and integration is a process that also happens locally. The local community "
                "and the conditions a city creates for integration play a huge part in it.</p>"
                "<p>There are no universal solutions, and migration is always specific to a "
                "place, but the organisers want to encourage city halls to exchange "
                "experience and draw inspiration from what local authorities do in other "
                "parts of Poland.</p>"
                "<p>The awards will be handed over with representatives of the recognised "
                "local authorities present.</p>",
            ),
            ("heading", {"text": "Funding", "anchor": ""}),
            (
                "paragraph",
                "<p>The project “Increasing the effectiveness of migration management in "
                "Poland” is co-financed by Switzerland under the Swiss programme of "
                "cooperation with the new member states of the European Union.</p>"
                "<p>The project “Local cross-sector policies for the integration of "
                "immigrants” is co-financed by the European Union from the European Fund "
                "for the Integration of Third-Country Nationals and by the state budget, and "
                "carried out under the Citizens for Democracy programme, financed by the "
                "EEA Grants.</p>",
            ),
        ],
    },
    "uk": {
        "title": "Miasta Otwarte 2015: журі з мігрантів відзначає дії міст",
        "slug": "vidkryti-mista-2015",
        "award_name": "Miasta Otwarte («Відкриті міста»)",
        "edition": "другий випуск",
        "introduction": (
            "Уже вдруге акція Miasta Otwarte («Відкриті міста») відзначає дії міських органів "
            "самоврядування з інтеграції іммігрантів. Остаточний вибір зробило журі "
            "з мігрантів."
        ),
        "criteria": (
            "<p>Відзнаки отримують ініціативи, особливо гідні визнання, – насамперед за:</p>"
            "<ul>"
            "<li>комплексність,</li>"
            "<li>довготривалість,</li>"
            "<li>залученість органу самоврядування,</li>"
            "<li>ефективність.</li>"
            "</ul>"
            "<p>Відбір проходив у два етапи. Спершу обрані експерти з Варшави, Кракова, "
            "Любліна, Познані, Лодзі та Гданська – науковці й активісти громадських "
            "організацій, які щодня працюють із питаннями багатокультурності та інтеграції, "
            "– підготували звіти про практики органів самоврядування на користь мігрантів. "
            "Вони також проаналізували, як утілюються практики, відзначені у 2014 році. "
            "Потім остаточний вибір зробило журі з мігрантів.</p>"
        ),
        "ceremony_venue": (
            "Синагога «Під Білим Лелекою» (Synagoga pod Białym Bocianem), Вроцлав, під час "
            "відкриття IV Міжсекторального форуму місцевих міграційних політик"
        ),
        "body": [
            ("heading", {"text": "Про акцію", "anchor": ""}),
            (
                "paragraph",
                "<p>Miasta Otwarte («Відкриті міста») – акція, започаткована у 2014 році "
                "в межах соціальної кампанії «Włącz się w Polskę» («Долучайся до Польщі»). "
                "Її мета – відзначати дії міських органів самоврядування з інтеграції "
                "іммігрантів.</p>"
                "<p>Експерти з питань міграції наголошують, що це явище не можна аналізувати "
                "лише на національному рівні: частка мешканців-мігрантів у містах зростає, "
                "а інтеграція – це процес, який відбувається й на місцевому рівні. Величезну "
                "роль у ньому відіграють місцева громада та умови, які місто створює для "
                "інтеграції.</p>"
                "<p>Універсальних рішень немає, а міграція завжди залежить від місця, проте "
                "організатори хочуть заохотити міські адміністрації обмінюватися досвідом "
                "і надихатися діями органів самоврядування в інших частинах Польщі.</p>"
                "<p>Відзнаки буде вручено за участю представників відзначених органів "
                "самоврядування.</p>",
            ),
            ("heading", {"text": "Фінансування", "anchor": ""}),
            (
                "paragraph",
                "<p>Проєкт «Підвищення ефективності управління міграцією в Польщі» "
                "співфінансує Швейцарія в межах швейцарської програми співпраці з новими "
                "державами – членами Європейського Союзу.</p>"
                "<p>Проєкт «Місцеві міжсекторальні політики інтеграції іммігрантів» "
                "співфінансується коштом Європейського Союзу з Європейського фонду "
                "інтеграції громадян третіх країн і державного бюджету та здійснюється "
                "в межах програми «Громадяни для демократії», що фінансується з фондів "
                "ЄЕЗ.</p>",
            ),
        ],
    },
}

# "jury migranckie (w składzie: Kenijka Priscilla Rubia z Łodzi, Ghańczyk Harris Mawusi
# z Gdańska, Kubańczyk Jose Torres reprezentujący Wrocław, Ukrainiec Edward Krajczyński
# z Lublina, Wietnamczyk Ngo Hoang Minh z Warszawy)"
JURY = [
    {
        "name": "Priscilla Rubia",
        "pl": {"background": "Kenijka", "city": "Łódź"},
        "en": {"background": "from Kenya", "city": "Łódź"},
        "uk": {"background": "кенійка", "city": "Лодзь"},
    },
    {
        "name": "Harris Mawusi",
        "pl": {"background": "Ghańczyk", "city": "Gdańsk"},
        "en": {"background": "from Ghana", "city": "Gdańsk"},
        "uk": {"background": "ганець", "city": "Гданськ"},
    },
    {
        "name": "Jose Torres",
        "pl": {"background": "Kubańczyk", "city": "reprezentuje Wrocław"},
        "en": {"background": "from Cuba", "city": "representing Wrocław"},
        "uk": {"background": "кубинець", "city": "представляє Вроцлав"},
    },
    {
        "name": "Edward Krajczyński",
        "pl": {"background": "Ukrainiec", "city": "Lublin"},
        "en": {"background": "from Ukraine", "city": "Lublin"},
        "uk": {"background": "українець", "city": "Люблін"},
    },
    {
        "name": "Ngo Hoang Minh",
        "pl": {"background": "Wietnamczyk", "city": "Warszawa"},
        "en": {"background": "from Vietnam", "city": "Warsaw"},
        "uk": {"background": "в’єтнамець", "city": "Варшава"},
    },
]

# "Jurorzy docenili samorządy za działania:" – in the seed's order. "practice" is the Polish
# slug of the library's practice for that kind of action.
LAUREATES = [
    {
        "practice": "miejska-strategia-roznorodnosci-kulturowej-i-integracji",
        "pl": "Miejska strategia dotycząca różnorodności kulturowej oraz integracji imigrantów",
        "en": "A municipal strategy on cultural diversity and the integration of immigrants",
        "uk": "Міська стратегія щодо культурного різноманіття та інтеграції іммігрантів",
    },
    {
        "practice": "zatrudnianie-cudzoziemcow-w-urzedach-miejskich",
        "pl": "Zatrudnianie cudzoziemców w urzędach miejskich",
        "en": "Employing foreigners in municipal offices",
        "uk": "Працевлаштування іноземців у міських адміністраціях",
    },
    {
        "practice": "promocja-uczelni-i-integracja-studentow-zagranicznych",
        "pl": (
            "Promocja polskich uczelni wśród cudzoziemców. Działania na rzecz integracji "
            "studentów zagranicznych"
        ),
        "en": (
            "Promoting Polish universities among foreigners; action to integrate international "
            "students"
        ),
        "uk": (
            "Популяризація польських закладів вищої освіти серед іноземців; заходи "
            "з інтеграції іноземних студентів"
        ),
    },
    {
        "practice": "kompleksowa-pomoc-spoleczna-dla-cudzoziemcow",
        "pl": "Kompleksowa pomoc społeczna dostępna dla cudzoziemców",
        "en": "Comprehensive social assistance available to foreigners",
        "uk": "Комплексна соціальна допомога, доступна іноземцям",
    },
    {
        "practice": "miejski-punkt-obslugi-cudzoziemcow",
        "pl": "Miejski punkt obsługi cudzoziemców",
        "en": "A municipal service point for foreigners",
        "uk": "Міський пункт обслуговування іноземців",
    },
    {
        "practice": "integracja-uczniow-imigranckich",
        "pl": "Kompleksowe działania na rzecz integracji uczniów imigranckich",
        "en": "Comprehensive action to integrate immigrant pupils",
        "uk": "Комплексні заходи з інтеграції учнів-іммігрантів",
    },
    {
        "practice": "platformy-wspolpracy-miedzysektorowej",
        "pl": "Platformy współpracy międzysektorowej",
        "en": "Cross-sector cooperation platforms",
        "uk": "Платформи міжсекторальної співпраці",
    },
    {
        "practice": "konkursy-dla-organizacji-pozarzadowych-diaspory-imigranckie",
        "pl": (
            "Konkursy dla organizacji pozarządowych uwzględniające diaspory imigranckie "
            "i wielokulturowy charakter miasta"
        ),
        "en": (
            "Competitions for NGOs that take account of immigrant diasporas and the city's "
            "multicultural character"
        ),
        "uk": (
            "Конкурси для громадських організацій з урахуванням іммігрантських діаспор "
            "і багатокультурного характеру міста"
        ),
    },
    {
        "practice": "przestrzen-przyjazna-imigrantom",
        "pl": "Przestrzeń przyjazna imigrantom",
        "en": "A space friendly to immigrants",
        "uk": "Простір, дружній до іммігрантів",
    },
    {
        "practice": "dzialania-informacyjno-integracyjne-samorzadu",
        "pl": "Kompleksowe działania informacyjno-integracyjne samorządu na rzecz imigrantów",
        "en": "Comprehensive information and integration action by the local authority for "
        "immigrants",
        "uk": "Комплексні інформаційно-інтеграційні заходи органу самоврядування для іммігрантів",
    },
    {
        "practice": "wspolpraca-miasta-z-osrodkiem-naukowym",
        "pl": (
            "Współpraca miasta z ośrodkiem naukowym i badawczym w obszarze integracji imigrantów"
        ),
        "en": (
            "Cooperation between the city and a scientific and research centre on immigrant "
            "integration"
        ),
        "uk": "Співпраця міста з науково-дослідним центром у сфері інтеграції іммігрантів",
    },
]
