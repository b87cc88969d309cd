"""Demo texts of the site's frame pages and identity in Polish (source), English and Ukrainian."""

# Every language version of a page has the same keys, the same body blocks in the
# same order and the same paragraphs, list items and links in every rich text
# field: translations are mapped segment by segment onto the Polish source.
# Facts about the initiative come from the "Uzasadnienie" seed and must not drift.

PAGES = {
    "home": {
        "pl": {
            "title": "Miasta i regiony na rzecz integracji",
            "slug": "strona-glowna",
            "seo_title": "Dobre praktyki integracji migrantów",
            "search_description": (
                "Polityczna platforma, na której europejskie regiony prezentują pozytywne "
                "przykłady integracji migrantów i uchodźców oraz wymieniają się informacjami."
            ),
            "mission": (
                "<p>Inicjatywa „Miasta i regiony na rzecz integracji” (#Region4Integration) "
                "zapewnia europejskim regionom polityczną platformę do zaprezentowania "
                "pozytywnych przykładów integracji migrantów i uchodźców, wymiany istotnych "
                "informacji i promowania różnorodności jako wartości dodanej w budowaniu "
                "integracji i zapewnianiu spójności społecznej.</p>"
                "<p><b>Misją inicjatywy jest:</b></p>"
                "<ul>"
                "<li>wspieranie integracji migrantów i uchodźców,</li>"
                "<li>zapewnienie silniejszego głosu małym gminom, średniej wielkości miastom "
                "i regionom oraz zachęcanie do współpracy między mniejszymi miejscowościami, "
                "miastami i regionami,</li>"
                "<li>przyczynienie się do przedstawiania silniejszego przekazu o solidarności "
                "i przeciwdziałania dezinformacji w tej dziedzinie.</li>"
                "</ul>"
                "<p>Inicjatywa zbiera dobre doświadczenia i praktyki na interaktywnej mapie "
                "oraz dzieli się udanymi przykładami i rozwiązaniami w zakresie polityki "
                "integracyjnej, aby budować pozytywną narrację i przeciwdziałać "
                "dezinformacji.</p>"
            ),
        },
        "en": {
            "title": "Cities and Regions for Integration",
            "slug": "home",
            "seo_title": "Good practice in migrant integration",
            "search_description": (
                "A political platform on which European regions present positive examples "
                "of migrant and refugee integration and exchange information."
            ),
            "mission": (
                "<p>The “Cities and Regions for Integration” initiative (#Region4Integration) "
                "gives European regions a political platform to present positive examples of "
                "the integration of migrants and refugees, to exchange relevant information "
                "and to promote diversity as an added value in building integration and "
                "ensuring social cohesion.</p>"
                "<p><b>The mission of the initiative is:</b></p>"
                "<ul>"
                "<li>to support the integration of migrants and refugees,</li>"
                "<li>to give a stronger voice to small municipalities, medium-sized cities "
                "and regions, and to encourage cooperation between smaller towns, cities "
                "and regions,</li>"
                "<li>to contribute to a stronger message of solidarity and to countering "
                "disinformation in this field.</li>"
                "</ul>"
                "<p>The initiative gathers good experiences and practices on an interactive "
                "map and shares successful examples and solutions in integration policy to "
                "build a positive narrative and counter disinformation.</p>"
            ),
        },
        "uk": {
            "title": "Міста і регіони для інтеграції",
            "slug": "holovna",
            "seo_title": "Добрі практики інтеграції мігрантів",
            "search_description": (
                "Політична платформа, на якій європейські регіони представляють позитивні "
                "приклади інтеграції мігрантів і біженців та обмінюються інформацією."
            ),
            "mission": (
                "<p>Ініціатива «Міста і регіони для інтеграції» (#Region4Integration) надає "
                "європейським регіонам політичну платформу, щоб представляти позитивні "
                "приклади інтеграції мігрантів і біженців, обмінюватися важливою інформацією "
                "та популяризувати різноманіття як додану цінність у побудові інтеграції та "
                "забезпеченні соціальної згуртованості.</p>"
                "<p><b>Місією ініціативи є:</b></p>"
                "<ul>"
                "<li>підтримка інтеграції мігрантів і біженців,</li>"
                "<li>посилення голосу малих громад, середніх міст і регіонів та заохочення "
                "співпраці між меншими населеними пунктами, містами й регіонами,</li>"
                "<li>сприяння сильнішому посланню про солідарність і протидії дезінформації "
                "в цій сфері.</li>"
                "</ul>"
                "<p>Ініціатива збирає добрий досвід і практики на інтерактивній карті та "
                "поширює успішні приклади й рішення в інтеграційній політиці, щоб формувати "
                "позитивний наратив і протидіяти дезінформації.</p>"
            ),
        },
    },
    "about": {
        "pl": {
            "title": "O nas",
            "slug": "o-nas",
            "search_description": (
                "Misja, działania i partnerzy inicjatywy #Region4Integration oraz jej "
                "kontekst w województwie zachodniopomorskim."
            ),
            "introduction": (
                "Poznaj misję, główne działania i partnerów inicjatywy „Miasta i regiony "
                "na rzecz integracji” (#Region4Integration) oraz jej kontekst "
                "w województwie zachodniopomorskim."
            ),
            "body": [
                ("heading", {"text": "Cel inicjatywy", "anchor": "cel"}),
                (
                    "paragraph",
                    "<p>Inicjatywa „Miasta i regiony na rzecz integracji” (#Region4Integration) "
                    "zapewnia europejskim regionom polityczną platformę do zaprezentowania "
                    "pozytywnych przykładów integracji migrantów i uchodźców, wymiany "
                    "istotnych informacji i promowania różnorodności jako wartości dodanej "
                    "w budowaniu integracji i zapewnianiu spójności społecznej.</p>",
                ),
                ("heading", {"text": "Misja", "anchor": "misja"}),
                (
                    "paragraph",
                    "<p>Misją inicjatywy jest:</p>"
                    "<ul>"
                    "<li>wspieranie integracji migrantów i uchodźców,</li>"
                    "<li>zapewnienie silniejszego głosu małym gminom, średniej wielkości "
                    "miastom i regionom oraz zachęcanie do współpracy między mniejszymi "
                    "miejscowościami, miastami i regionami,</li>"
                    "<li>przyczynienie się do przedstawiania silniejszego przekazu "
                    "o solidarności i przeciwdziałania dezinformacji w tej dziedzinie.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Główne działania", "anchor": "dzialania"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>organizowanie debat okrągłego stołu na tematy polityczne "
                    "i konferencji wysokiego szczebla,</li>"
                    "<li>budowa platformy politycznej dla miast i regionów w celu umożliwienia "
                    "im opracowania i przedstawienia wniosków dotyczących polityki UE "
                    "i finansowania integracji migrantów,</li>"
                    "<li>zbieranie dobrych doświadczeń i praktyk (mapa interaktywna),</li>"
                    "<li>ułatwianie wymiany dobrych praktyk w zakresie integracji migrantów "
                    "na szczeblu lokalnym, takich jak dostęp do rynku pracy, szkolenia "
                    "zawodowe, kształcenie, wsparcie nieletnich pozbawionych opieki, "
                    "współpraca partnerska ze społeczeństwem obywatelskim itp.,</li>"
                    "<li>dostarczanie i rozpowszechnianie informacji na temat integracji "
                    "(o możliwościach finansowania, wydarzeniach, dobrych praktykach itp.),</li>"
                    "<li>opracowanie pozytywnej narracji poprzez dzielenie się udanymi "
                    "przykładami i rozwiązaniami w zakresie polityki integracyjnej w celu "
                    "przeciwdziałania dezinformacji.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Obszary integracji", "anchor": "obszary"}),
                (
                    "paragraph",
                    "<p>Miasta projektu EPI (Europejski Pakt na rzecz Integracji) wskazały trzy "
                    "obszary, wybrane ze względu na ich potencjał do poprawy poziomu "
                    "integracji:</p>"
                    "<ul>"
                    "<li><b>Interakcja</b> – otwieranie przestrzeni oraz możliwości głębokiej "
                    "interakcji i współtworzenia między ludźmi o różnym pochodzeniu "
                    "kulturowym, a także społecznym, aby budować zaufanie i jedność, a tym "
                    "samym realizować twórczy potencjał różnorodności.</li>"
                    "<li><b>Uczestnictwo</b> – pobudzenie aktywnego zaangażowania lokalnych "
                    "społeczności w kształtowanie polityki, gwarantując udział każdego "
                    "obywatela.</li>"
                    "<li><b>Zarządzanie</b> – sprawienie, aby integracja migrantów stała się "
                    "kluczowym priorytetem w strategii miast, i zbudowanie międzykulturowej "
                    "narracji oraz kompetencji wśród pracowników miejskich.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Partnerzy", "anchor": "partnerzy"}),
                (
                    "paragraph",
                    "<p>Inicjatywa realizowana jest we współpracy z Komisją Europejską "
                    "i kilkoma stowarzyszeniami europejskimi:</p>"
                    "<ul>"
                    "<li>Eurocities,</li>"
                    "<li>Radą Gmin i Regionów Europy,</li>"
                    "<li>Konferencją Peryferyjnych Regionów Nadmorskich Europy,</li>"
                    "<li>Zgromadzeniem Regionów Europy.</li>"
                    "</ul>"
                    "<p>Ponadto do współpracy włączyły się sieci lokalne i regionalne, "
                    "samorządy i stowarzyszenia, aby zagwarantować inicjatywie wymiar lokalny "
                    "i uwzględnić realia krajowe.</p>",
                ),
                ("heading", {"text": "Kontekst regionalny", "anchor": "region"}),
                (
                    "paragraph",
                    "<p>W województwie zachodniopomorskim inicjatywa wpisuje się w działania "
                    "Regionalnego Ośrodka Polityki Społecznej oraz Wydziału Współpracy "
                    "Terytorialnej i Turystyki (realizowane w ramach projektu pn. "
                    "<i>Arrival Regions</i>) oraz Wojewódzkiego Urzędu Pracy w Szczecinie "
                    "(w ramach planowanego projektu pn. <i>Zachodniopomorski System Wsparcia "
                    "Migrantów</i>).</p>",
                ),
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about",
            "search_description": (
                "The mission, activities and partners of the #Region4Integration initiative "
                "and its context in the West Pomeranian Voivodeship."
            ),
            "introduction": (
                "Learn about the mission, main activities and partners of the “Cities and "
                "Regions for Integration” initiative (#Region4Integration) and its context "
                "in the West Pomeranian Voivodeship."
            ),
            "body": [
                ("heading", {"text": "Purpose of the initiative", "anchor": "cel"}),
                (
                    "paragraph",
                    "<p>The “Cities and Regions for Integration” initiative "
                    "(#Region4Integration) gives European regions a political platform to "
                    "present positive examples of the integration of migrants and refugees, to "
                    "exchange relevant information and to promote diversity as an added value "
                    "in building integration and ensuring social cohesion.</p>",
                ),
                ("heading", {"text": "Mission", "anchor": "misja"}),
                (
                    "paragraph",
                    "<p>The mission of the initiative is:</p>"
                    "<ul>"
                    "<li>to support the integration of migrants and refugees,</li>"
                    "<li>to give a stronger voice to small municipalities, medium-sized cities "
                    "and regions, and to encourage cooperation between smaller towns, cities "
                    "and regions,</li>"
                    "<li>to contribute to a stronger message of solidarity and to countering "
                    "disinformation in this field.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Main activities", "anchor": "dzialania"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>organising round-table debates on policy topics and high-level "
                    "conferences,</li>"
                    "<li>building a political platform for cities and regions to enable them "
                    "to develop and present proposals on EU policy and on funding for migrant "
                    "integration,</li>"
                    "<li>collecting good experiences and practices (an interactive map),</li>"
                    "<li>facilitating the exchange of good practice in migrant integration at "
                    "local level, such as access to the labour market, vocational training, "
                    "education, support for unaccompanied minors, partnership with civil "
                    "society, etc.,</li>"
                    "<li>providing and disseminating information on integration (on funding "
                    "opportunities, events, good practices, etc.),</li>"
                    "<li>developing a positive narrative by sharing successful examples and "
                    "solutions in integration policy in order to counter disinformation.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Areas of integration", "anchor": "obszary"}),
                (
                    "paragraph",
                    "<p>The cities of the EPI project (European Pact for Integration) "
                    "identified three areas, chosen for their potential to improve the level "
                    "of integration:</p>"
                    "<ul>"
                    "<li><b>Interaction</b> – opening up spaces and opportunities for deep "
                    "interaction and co-creation between people of different cultural and "
                    "social backgrounds, in order to build trust and unity and thus realise "
                    "the creative potential of diversity.</li>"
                    "<li><b>Participation</b> – stimulating the active involvement of local "
                    "communities in shaping policy, guaranteeing the participation of every "
                    "citizen.</li>"
                    "<li><b>Governance</b> – making migrant integration a key priority in the "
                    "cities' strategy, and building an intercultural narrative and "
                    "intercultural competences among city staff.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Partners", "anchor": "partnerzy"}),
                (
                    "paragraph",
                    "<p>The initiative is run in cooperation with the European Commission and "
                    "several European associations:</p>"
                    "<ul>"
                    "<li>Eurocities,</li>"
                    "<li>the Council of European Municipalities and Regions,</li>"
                    "<li>the Conference of Peripheral Maritime Regions of Europe,</li>"
                    "<li>the Assembly of European Regions.</li>"
                    "</ul>"
                    "<p>In addition, local and regional networks, local authorities and "
                    "associations have joined the cooperation to give the initiative a local "
                    "dimension and to take national circumstances into account.</p>",
                ),
                ("heading", {"text": "Regional context", "anchor": "region"}),
                (
                    "paragraph",
                    "<p>In the West Pomeranian Voivodeship, the initiative is in line with the "
                    "activities of the Regional Centre for Social Policy (Regionalny Ośrodek "
                    "Polityki Społecznej) and the Department of Territorial Cooperation and "
                    "Tourism (Wydział Współpracy Terytorialnej i Turystyki), carried out under "
                    "the <i>Arrival Regions</i> project, and of the Voivodeship Labour Office "
                    "in Szczecin (Wojewódzki Urząd Pracy w Szczecinie), under the planned "
                    "project <i>West Pomeranian Migrant Support System</i> (Zachodniopomorski "
                    "System Wsparcia Migrantów).</p>",
                ),
            ],
        },
        "uk": {
            "title": "Про нас",
            "slug": "pro-nas",
            "search_description": (
                "Місія, діяльність і партнери ініціативи #Region4Integration та її контекст "
                "у Західнопоморському воєводстві."
            ),
            "introduction": (
                "Дізнайтеся про місію, основні напрями діяльності та партнерів ініціативи "
                "«Міста і регіони для інтеграції» (#Region4Integration), а також про її "
                "контекст у Західнопоморському воєводстві."
            ),
            "body": [
                ("heading", {"text": "Мета ініціативи", "anchor": "cel"}),
                (
                    "paragraph",
                    "<p>Ініціатива «Міста і регіони для інтеграції» (#Region4Integration) "
                    "надає європейським регіонам політичну платформу, щоб представляти "
                    "позитивні приклади інтеграції мігрантів і біженців, обмінюватися "
                    "важливою інформацією та популяризувати різноманіття як додану цінність "
                    "у побудові інтеграції та забезпеченні соціальної згуртованості.</p>",
                ),
                ("heading", {"text": "Місія", "anchor": "misja"}),
                (
                    "paragraph",
                    "<p>Місією ініціативи є:</p>"
                    "<ul>"
                    "<li>підтримка інтеграції мігрантів і біженців,</li>"
                    "<li>посилення голосу малих громад, середніх міст і регіонів та заохочення "
                    "співпраці між меншими населеними пунктами, містами й регіонами,</li>"
                    "<li>сприяння сильнішому посланню про солідарність і протидії "
                    "дезінформації в цій сфері.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Основні напрями діяльності", "anchor": "dzialania"}),
                (
                    "paragraph",
                    "<ul>"
                    "<li>організація дебатів за круглим столом на політичні теми та "
                    "конференцій високого рівня,</li>"
                    "<li>створення політичної платформи для міст і регіонів, щоб вони могли "
                    "розробляти й представляти пропозиції щодо політики ЄС і фінансування "
                    "інтеграції мігрантів,</li>"
                    "<li>збирання доброго досвіду та практик (інтерактивна карта),</li>"
                    "<li>сприяння обміну добрими практиками інтеграції мігрантів на місцевому "
                    "рівні, як-от доступ до ринку праці, професійне навчання, освіта, "
                    "підтримка неповнолітніх без супроводу, партнерська співпраця "
                    "з громадянським суспільством тощо,</li>"
                    "<li>надання та поширення інформації про інтеграцію (про можливості "
                    "фінансування, події, добрі практики тощо),</li>"
                    "<li>формування позитивного наративу через поширення успішних прикладів "
                    "і рішень в інтеграційній політиці з метою протидії дезінформації.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Сфери інтеграції", "anchor": "obszary"}),
                (
                    "paragraph",
                    "<p>Міста проєкту EPI (Європейський пакт за інтеграцію) визначили три "
                    "сфери, обрані з огляду на їхній потенціал для підвищення рівня "
                    "інтеграції:</p>"
                    "<ul>"
                    "<li><b>Взаємодія</b> – відкриття простору та можливостей для глибокої "
                    "взаємодії і спільної творчості людей різного культурного й соціального "
                    "походження, щоб будувати довіру та єдність і таким чином розкривати "
                    "творчий потенціал різноманіття.</li>"
                    "<li><b>Участь</b> – стимулювання активного залучення місцевих громад до "
                    "формування політики з гарантуванням участі кожного громадянина.</li>"
                    "<li><b>Управління</b> – перетворення інтеграції мігрантів на ключовий "
                    "пріоритет у стратегії міст і формування міжкультурного наративу та "
                    "міжкультурних компетентностей у працівників міських установ.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Партнери", "anchor": "partnerzy"}),
                (
                    "paragraph",
                    "<p>Ініціатива реалізується у співпраці з Європейською Комісією та кількома "
                    "європейськими асоціаціями:</p>"
                    "<ul>"
                    "<li>Eurocities,</li>"
                    "<li>Радою європейських муніципалітетів і регіонів,</li>"
                    "<li>Конференцією периферійних приморських регіонів Європи,</li>"
                    "<li>Асамблеєю європейських регіонів.</li>"
                    "</ul>"
                    "<p>Крім того, до співпраці долучилися місцеві та регіональні мережі, "
                    "органи місцевого самоврядування й асоціації, щоб забезпечити ініціативі "
                    "місцевий вимір і врахувати національні реалії.</p>",
                ),
                ("heading", {"text": "Регіональний контекст", "anchor": "region"}),
                (
                    "paragraph",
                    "<p>У Західнопоморському воєводстві ініціатива узгоджується з діяльністю "
                    "Регіонального центру соціальної політики (Regionalny Ośrodek Polityki "
                    "Społecznej) та Відділу територіальної співпраці й туризму (Wydział "
                    "Współpracy Terytorialnej i Turystyki), що здійснюється в межах проєкту "
                    "<i>Arrival Regions</i>, а також Воєводського центру зайнятості в Щецині "
                    "(Wojewódzki Urząd Pracy w Szczecinie) у межах запланованого проєкту "
                    "<i>Західнопоморська система підтримки мігрантів</i> (Zachodniopomorski "
                    "System Wsparcia Migrantów).</p>",
                ),
            ],
        },
    },
    "accessibility": {
        "pl": {
            "title": "Deklaracja dostępności",
            "slug": "deklaracja-dostepnosci",
            "search_description": (
                "Deklaracja dostępności serwisu „Miasta i regiony na rzecz integracji” "
                "prowadzonego przez Urząd Marszałkowski Województwa Zachodniopomorskiego."
            ),
            "entity_name": "Urząd Marszałkowski Województwa Zachodniopomorskiego",
            "website_name": "Miasta i regiony na rzecz integracji",
            "contact_person": "Zespół redakcyjny serwisu",
            "non_accessible_content": (
                "<p>Poniższe treści nie są jeszcze w pełni dostępne:</p>"
                "<ul>"
                "<li>Niektóre starsze dokumenty PDF oraz materiały przekazane przez "
                "partnerów mogą nie być w pełni dostępne cyfrowo, na przykład mogą nie mieć "
                "struktury nagłówków lub tekstów alternatywnych dla obrazów.</li>"
                "<li>Filmy partnerów osadzone w serwisie mogą nie mieć napisów ani "
                "audiodeskrypcji.</li>"
                "<li>Interaktywna mapa dobrych praktyk wymaga obsługi JavaScriptu. Dostępną "
                "alternatywą jest lista dobrych praktyk, która zawiera te same "
                "informacje.</li>"
                "</ul>"
                "<p>Na żądanie udostępnimy treść niedostępnego dokumentu lub filmu w formie "
                "alternatywnej – szczegóły w części o żądaniach i skargach poniżej.</p>"
            ),
            "keyboard_shortcuts": (
                "<p>Serwis korzysta ze standardowych skrótów klawiaturowych przeglądarki "
                "internetowej i nie wprowadza własnych.</p>"
                "<p>Pierwszym elementem każdej strony jest link „Przejdź do treści głównej”, "
                "który pozwala pominąć nagłówek i menu.</p>"
            ),
            "complaint_procedure": (
                "<p>Na podstawie ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej "
                "stron internetowych i aplikacji mobilnych podmiotów publicznych każdy ma "
                "prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej strony "
                "internetowej lub jej elementu. Można też zażądać udostępnienia informacji "
                "za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie "
                "niedostępnego cyfrowo dokumentu lub opisanie zawartości filmu. Żądanie można "
                "przesłać na adres e-mail podany powyżej w danych kontaktowych.</p>"
                "<p>Żądanie powinno zawierać:</p>"
                "<ol>"
                "<li>dane osoby zgłaszającej żądanie oraz sposób kontaktu z nią,</li>"
                "<li>wskazanie strony internetowej lub treści, której dotyczy żądanie,</li>"
                "<li>wskazanie dogodnej formy alternatywnej, jeśli żądanie dotyczy "
                "udostępnienia informacji za pomocą alternatywnego sposobu dostępu.</li>"
                "</ol>"
                "<p>Urząd Marszałkowski Województwa Zachodniopomorskiego realizuje żądanie "
                "niezwłocznie, nie później niż w ciągu 7 dni od dnia jego złożenia. Jeżeli "
                "dotrzymanie tego terminu nie jest możliwe, Urząd niezwłocznie informuje "
                "osobę zgłaszającą żądanie, kiedy realizacja żądania będzie możliwa; termin "
                "ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. "
                "Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, Urząd może "
                "zaproponować alternatywny sposób dostępu do informacji.</p>"
                "<p>W przypadku odmowy zapewnienia dostępności cyfrowej lub alternatywnego "
                "sposobu dostępu do informacji osoba zgłaszająca żądanie może złożyć skargę "
                "do Urzędu. Po wyczerpaniu tej procedury można także złożyć wniosek do "
                '<a href="https://bip.brpo.gov.pl/">Rzecznika Praw Obywatelskich</a>.</p>'
            ),
            "architectural_accessibility": (
                "<p>Informacje o dostępności architektonicznej budynków Urzędu "
                "Marszałkowskiego Województwa Zachodniopomorskiego są publikowane na stronie "
                "internetowej Urzędu.</p>"
                "<p>Goście z niepełnosprawnościami, którzy planują wizytę w Urzędzie "
                "w sprawach związanych z inicjatywą, mogą przed wizytą poprosić zespół "
                "redakcyjny serwisu o pomoc, pisząc na adres e-mail podany powyżej w danych "
                "kontaktowych.</p>"
                "<p>Do budynków Urzędu można wejść z psem asystującym.</p>"
            ),
            "mobile_apps": (
                "<p>Urząd Marszałkowski Województwa Zachodniopomorskiego nie udostępnia "
                "aplikacji mobilnych związanych z tym serwisem.</p>"
            ),
            "sign_language": (
                "<p>Osoby głuche i słabosłyszące mogą kontaktować się z zespołem redakcyjnym "
                "serwisu pocztą elektroniczną, na adres podany powyżej w danych "
                "kontaktowych.</p>"
                "<p>Na wydarzenia organizowane przez Urząd i zapowiadane w serwisie można "
                "na wniosek zapewnić tłumacza polskiego języka migowego. Prosimy o zgłoszenie "
                "takiej potrzeby co najmniej 3 dni robocze przed wydarzeniem.</p>"
            ),
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility-statement",
            "search_description": (
                "Accessibility statement for the “Cities and Regions for Integration” "
                "website, run by the Marshal's Office of the West Pomeranian Voivodeship."
            ),
            "entity_name": "Marshal's Office of the West Pomeranian Voivodeship",
            "website_name": "Cities and Regions for Integration",
            "contact_person": "The website's editorial team",
            "non_accessible_content": (
                "<p>The following content is not yet fully accessible:</p>"
                "<ul>"
                "<li>Some older PDF documents and materials provided by partners may not be "
                "fully accessible; for example, they may lack a heading structure or text "
                "alternatives for images.</li>"
                "<li>Partners' videos embedded on the website may lack captions or audio "
                "description.</li>"
                "<li>The interactive map of good practices requires JavaScript. The list of "
                "good practices, which contains the same information, is available as an "
                "accessible alternative.</li>"
                "</ul>"
                "<p>On request, we will provide the content of an inaccessible document or "
                "video in an alternative form – see the section on requests and complaints "
                "below.</p>"
            ),
            "keyboard_shortcuts": (
                "<p>The website uses the standard keyboard shortcuts of your web browser and "
                "does not add any of its own.</p>"
                "<p>The first element on every page is a “Skip to main content” link, which "
                "lets you bypass the header and menu.</p>"
            ),
            "complaint_procedure": (
                "<p>Under the Polish Act of 4 April 2019 on the digital accessibility of "
                "websites and mobile applications of public bodies, anyone has the right to "
                "request that a website or any part of it be made digitally accessible. You "
                "may also ask for information to be provided by alternative means of access, "
                "for example by having an inaccessible document read out or the content of a "
                "video described. Requests can be sent to the e-mail address given in the "
                "contact details above.</p>"
                "<p>A request should include:</p>"
                "<ol>"
                "<li>the requester's details and how to contact them,</li>"
                "<li>the web page or content that the request concerns,</li>"
                "<li>the preferred alternative form, if the request is for information to "
                "be provided by alternative means of access.</li>"
                "</ol>"
                "<p>The Marshal's Office of the West Pomeranian Voivodeship handles the "
                "request without delay and within 7 days of its submission at the latest. If "
                "this deadline cannot be met, the Office informs the requester without delay "
                "when the request can be fulfilled; this may not be later than 2 months from "
                "the date of the request. If digital accessibility cannot be ensured, the "
                "Office may offer an alternative means of access to the information.</p>"
                "<p>If the Office refuses to ensure digital accessibility or an alternative "
                "means of access to the information, the requester may file a complaint with "
                "the Office. Once that procedure has been exhausted, a request may also be "
                'submitted to the <a href="https://bip.brpo.gov.pl/">Commissioner for Human '
                "Rights (Rzecznik Praw Obywatelskich)</a>.</p>"
            ),
            "architectural_accessibility": (
                "<p>Information on the architectural accessibility of the buildings of the "
                "Marshal's Office of the West Pomeranian Voivodeship is published on the "
                "Office's own website.</p>"
                "<p>Guests with disabilities who plan to visit the Office on matters related "
                "to the initiative may ask the website's editorial team for assistance before "
                "the visit by writing to the e-mail address given in the contact details "
                "above.</p>"
                "<p>Assistance dogs are welcome in the Office's buildings.</p>"
            ),
            "mobile_apps": (
                "<p>The Marshal's Office of the West Pomeranian Voivodeship does not publish "
                "any mobile apps for this website.</p>"
            ),
            "sign_language": (
                "<p>People who are deaf or hard of hearing can contact the website's "
                "editorial team by e-mail at the address given in the contact details "
                "above.</p>"
                "<p>For events organised by the Office and announced on this website, a "
                "Polish Sign Language interpreter can be arranged on request. Please let us "
                "know at least 3 working days before the event.</p>"
            ),
        },
        "uk": {
            "title": "Декларація доступності",
            "slug": "deklaratsiia-dostupnosti",
            "search_description": (
                "Декларація доступності сайту «Міста і регіони для інтеграції», який веде "
                "Маршалківське управління Західнопоморського воєводства."
            ),
            "entity_name": "Маршалківське управління Західнопоморського воєводства",
            "website_name": "Міста і регіони для інтеграції",
            "contact_person": "Редакційна команда сайту",
            "non_accessible_content": (
                "<p>Наразі не повністю доступний такий вміст:</p>"
                "<ul>"
                "<li>Деякі старіші PDF-документи та матеріали, надані партнерами, можуть "
                "бути не повністю доступними: наприклад, у них може бракувати структури "
                "заголовків або текстових альтернатив для зображень.</li>"
                "<li>Відео партнерів, вбудовані на сайті, можуть не мати субтитрів або "
                "аудіодескрипції.</li>"
                "<li>Інтерактивна карта добрих практик потребує JavaScript. Доступною "
                "альтернативою є список добрих практик, що містить ту саму інформацію.</li>"
                "</ul>"
                "<p>На запит ми надамо вміст недоступного документа чи відео в альтернативній "
                "формі – докладніше в розділі про запити та скарги нижче.</p>"
            ),
            "keyboard_shortcuts": (
                "<p>Сайт використовує стандартні комбінації клавіш вебпереглядача і не "
                "додає власних.</p>"
                "<p>Першим елементом кожної сторінки є посилання «Перейти до основного "
                "вмісту», яке дає змогу пропустити верхню частину сторінки та меню.</p>"
            ),
            "complaint_procedure": (
                "<p>Відповідно до Закону Республіки Польща від 4 квітня 2019 року про "
                "цифрову доступність вебсайтів і мобільних застосунків публічних установ "
                "кожен має право вимагати забезпечення цифрової доступності вебсайту або "
                "будь-якого його елемента. Можна також попросити надати інформацію "
                "в альтернативний спосіб, наприклад зачитати недоступний документ або "
                "описати зміст відео. Запит можна надіслати на адресу електронної пошти, "
                "зазначену в контактних даних вище.</p>"
                "<p>Запит має містити:</p>"
                "<ol>"
                "<li>дані особи, яка подає запит, і спосіб зв’язку з нею,</li>"
                "<li>зазначення сторінки або вмісту, яких стосується запит,</li>"
                "<li>бажану альтернативну форму, якщо запит стосується надання інформації "
                "в альтернативний спосіб.</li>"
                "</ol>"
                "<p>Маршалківське управління Західнопоморського воєводства виконує запит "
                "невідкладно, але не пізніше ніж через 7 днів від дня його подання. Якщо "
                "дотриматися цього строку неможливо, Управління невідкладно повідомляє "
                "заявника, коли запит буде виконано; цей строк не може перевищувати "
                "2 місяців від дня подання запиту. Якщо забезпечити цифрову доступність "
                "неможливо, Управління може запропонувати альтернативний спосіб доступу "
                "до інформації.</p>"
                "<p>Якщо Управління відмовить у забезпеченні цифрової доступності або "
                "альтернативного способу доступу до інформації, заявник може подати скаргу "
                "до Управління. Після вичерпання цієї процедури можна також звернутися "
                'із заявою до <a href="https://bip.brpo.gov.pl/">Уповноваженого з прав '
                "людини (Rzecznik Praw Obywatelskich)</a>.</p>"
            ),
            "architectural_accessibility": (
                "<p>Інформацію про архітектурну доступність будівель Маршалківського "
                "управління Західнопоморського воєводства опубліковано на власному вебсайті "
                "Управління.</p>"
                "<p>Гості з інвалідністю, які планують відвідати Управління у справах, "
                "пов’язаних з ініціативою, можуть заздалегідь звернутися по допомогу до "
                "редакційної команди сайту, написавши на адресу електронної пошти, зазначену "
                "в контактних даних вище.</p>"
                "<p>До будівель Управління можна заходити із собакою-помічником.</p>"
            ),
            "mobile_apps": (
                "<p>Маршалківське управління Західнопоморського воєводства не публікує "
                "мобільних застосунків для цього сайту.</p>"
            ),
            "sign_language": (
                "<p>Глухі люди та люди з порушеннями слуху можуть зв’язатися з редакційною "
                "командою сайту електронною поштою за адресою, зазначеною в контактних даних "
                "вище.</p>"
                "<p>На заходи, які організовує Управління і які анонсовано на цьому сайті, "
                "на запит можна забезпечити перекладача польської жестової мови. Просимо "
                "повідомити про таку потребу щонайменше за 3 робочі дні до заходу.</p>"
            ),
        },
    },
    "privacy": {
        "pl": {
            "title": "Polityka prywatności",
            "slug": "prywatnosc",
            "search_description": (
                "Jakie dane przetwarza serwis „Miasta i regiony na rzecz integracji”, jak "
                "długo je przechowuje i jakie prawa przysługują czytelnikom."
            ),
            "introduction": (
                "Wyjaśniamy, jakie dane osobowe przetwarzamy w związku z serwisem „Miasta "
                "i regiony na rzecz integracji”, w jakim celu i jak długo je przechowujemy "
                "oraz jakie prawa Ci przysługują."
            ),
            "body": [
                ("heading", {"text": "Administrator danych", "anchor": "administrator"}),
                (
                    "paragraph",
                    "<p>Administratorem danych osobowych przetwarzanych w związku z serwisem "
                    "jest Urząd Marszałkowski Województwa Zachodniopomorskiego.</p>",
                ),
                ("heading", {"text": "Czytelnicy", "anchor": "czytelnicy"}),
                (
                    "paragraph",
                    "<p>Serwis nie korzysta z narzędzi analitycznych ani reklamowych i nie "
                    "wczytuje skryptów ani czcionek z cudzych serwerów. Wyjątki – mapę "
                    "i nagrania wideo – opisujemy niżej.</p>"
                    "<ul>"
                    "<li><b>Dzienniki serwera.</b> Serwer zapisuje w dziennikach informacje "
                    "techniczne o żądaniach, w tym adres IP, a także ostrzeżenia o błędach "
                    "i nieudanych logowaniach. Dzienniki służą wyłącznie zapewnieniu "
                    "bezpieczeństwa i działania serwisu i są przechowywane nie dłużej niż "
                    "30 dni.</li>"
                    "<li><b>Wybór języka.</b> Język jest częścią adresu każdej strony; nie "
                    "zapisujemy go w pliku cookie.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Pliki cookie", "anchor": "cookie"}),
                (
                    "paragraph",
                    "<p>Przeglądając serwis, nie otrzymujesz żadnego pliku cookie. Używamy "
                    "tylko dwóch plików cookie niezbędnych do działania formularzy "
                    "i panelu redakcyjnego:</p>"
                    "<ul>"
                    "<li><b>csrftoken</b> – zapisywany tylko na stronach z formularzem, który "
                    "wysyłasz do nas (zgłoszenie dobrej praktyki, hasło do strony chronionej "
                    "hasłem, logowanie do panelu redakcyjnego). Zawiera losowy ciąg znaków, "
                    "który chroni formularz przed nadużyciem, i wygasa po roku.</li>"
                    "<li><b>sessionid</b> – otrzymują go tylko osoby zalogowane do panelu "
                    "redakcyjnego oraz osoby, które podały hasło do strony chronionej hasłem. "
                    "Wygasa po wylogowaniu albo po dwóch tygodniach.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Zgłoszenie dobrej praktyki", "anchor": "zgloszenia"}),
                (
                    "paragraph",
                    "<p>Gdy zgłaszasz dobrą praktykę przez formularz w bibliotece, zapisujemy "
                    "Twoje imię i nazwisko (albo nazwę instytucji) oraz adres e-mail razem ze "
                    "zgłoszeniem. Zgłoszenie czeka w panelu redakcyjnym jako nieopublikowany "
                    "szkic, a moderatorzy serwisu otrzymują je e-mailem. Twoich danych "
                    "używamy tylko do oceny zgłoszenia i kontaktu z Tobą w jego sprawie.</p>"
                    "<ul>"
                    "<li>Zgłoszenie wraz z Twoimi danymi i historią zmian przechowujemy, "
                    "dopóki moderator go nie usunie; jeśli praktyka zostanie opublikowana – "
                    "dopóki jest w serwisie.</li>"
                    "<li>Wiadomości e-mail ze zgłoszeniem pozostają w skrzynkach moderatorów, "
                    "dopóki ich nie usuną.</li>"
                    "<li>Aby chronić formularz przed spamem, przez 10 minut po wysłaniu "
                    "zgłoszenia pamiętamy skrót Twojego adresu IP utworzony z użyciem "
                    "tajnego klucza. Samego adresu IP nie zapisujemy.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Redaktorzy", "anchor": "redaktorzy"}),
                (
                    "paragraph",
                    "<p>Osoby redagujące serwis mają konta w panelu redakcyjnym. "
                    "Przechowujemy:</p>"
                    "<ul>"
                    "<li>nazwę konta i adres e-mail redaktora – dopóki konto istnieje,</li>"
                    "<li>historię zmian stron i rekordów wraz z informacją, kto wprowadził "
                    "daną zmianę – tak długo, jak istnieje dana treść,</li>"
                    "<li>informację, kto ma otwartą daną stronę w edytorze, aby ostrzec "
                    "innych redaktorów przed równoczesną edycją – usuwamy ją przy pierwszym "
                    "otwarciu edytora po godzinie od ostatniej aktywności,</li>"
                    "<li>nieudane próby logowania do panelu (nazwę konta, adres IP i nazwę "
                    "przeglądarki), aby po 5 nieudanych próbach wstrzymać logowanie na "
                    "godzinę – usuwamy je po udanym zalogowaniu albo przy pierwszym "
                    "logowaniu lub wylogowaniu w panelu po godzinie od ostatniej próby.</li>"
                    "</ul>"
                    "<p>Udanych logowań nie zapisujemy.</p>",
                ),
                ("heading", {"text": "Mapa dobrych praktyk", "anchor": "mapa"}),
                (
                    "paragraph",
                    "<p>Mapa dobrych praktyk nie wczytuje się automatycznie. Dopiero gdy "
                    "zdecydujesz się ją wyświetlić, przeglądarka pobiera kafelki mapy "
                    "z serwera OpenStreetMap, który otrzymuje przy tym Twój adres IP. Zasady "
                    "przetwarzania danych przez ten serwer opisuje "
                    '<a href="https://osmfoundation.org/wiki/Privacy_Policy">polityka '
                    "prywatności Fundacji OpenStreetMap</a>.</p>"
                    "<p>Jeśli nie chcesz wyświetlać mapy, skorzystaj z listy dobrych praktyk, "
                    "która zawiera te same informacje.</p>",
                ),
                ("heading", {"text": "Nagrania wideo", "anchor": "wideo"}),
                (
                    "paragraph",
                    "<p>Strony z nagraniem wideo osadzają odtwarzacz serwisu YouTube lub "
                    "Vimeo. Odtwarzacz wczytuje się razem ze stroną, więc serwis wideo "
                    "otrzymuje Twój adres IP i może stosować własne pliki cookie. Pod każdym "
                    "nagraniem jest też zwykły link do filmu.</p>",
                ),
                ("heading", {"text": "Autorzy i prelegenci", "anchor": "autorzy"}),
                (
                    "paragraph",
                    "<p>W artykułach i relacjach publikujemy imiona i nazwiska, funkcje oraz "
                    "zdjęcia autorów i prelegentów. Na prośbę osoby, której te dane dotyczą, "
                    "usuniemy je z serwisu, także z historii zmian i z wyszukiwarki.</p>",
                ),
                ("heading", {"text": "Twoje prawa", "anchor": "prawa"}),
                (
                    "paragraph",
                    "<p>Na zasadach określonych w ogólnym rozporządzeniu o ochronie danych "
                    "(RODO) masz prawo do:</p>"
                    "<ul>"
                    "<li>dostępu do swoich danych,</li>"
                    "<li>ich sprostowania,</li>"
                    "<li>ich usunięcia,</li>"
                    "<li>ograniczenia ich przetwarzania,</li>"
                    "<li>wniesienia sprzeciwu wobec ich przetwarzania.</li>"
                    "</ul>"
                    "<p>Masz też prawo wnieść skargę do "
                    '<a href="https://uodo.gov.pl/">Prezesa Urzędu Ochrony Danych '
                    "Osobowych</a>.</p>",
                ),
                ("heading", {"text": "Kontakt", "anchor": "kontakt"}),
                (
                    "paragraph",
                    "<p>W sprawach dotyczących danych osobowych i tej polityki napisz do nas "
                    "na adres e-mail podany w stopce serwisu.</p>",
                ),
            ],
        },
        "en": {
            "title": "Privacy policy",
            "slug": "privacy",
            "search_description": (
                "What personal data the “Cities and Regions for Integration” website "
                "processes, how long it is kept and what rights readers have."
            ),
            "introduction": (
                "This policy explains what personal data we process in connection with the "
                "“Cities and Regions for Integration” website, why and for how long we keep "
                "it, and what rights you have."
            ),
            "body": [
                ("heading", {"text": "Data controller", "anchor": "administrator"}),
                (
                    "paragraph",
                    "<p>The controller of the personal data processed in connection with the "
                    "website is the Marshal's Office of the West Pomeranian Voivodeship.</p>",
                ),
                ("heading", {"text": "Readers", "anchor": "czytelnicy"}),
                (
                    "paragraph",
                    "<p>The website uses no analytics or advertising tools and loads no "
                    "scripts or fonts from other people's servers. The exceptions, the map "
                    "and videos, are described below.</p>"
                    "<ul>"
                    "<li><b>Server logs.</b> The server records technical information about "
                    "requests in its logs, including the IP address, as well as warnings about "
                    "errors and failed sign-ins. The logs are used only to keep the website "
                    "secure and running, and are kept for no more than 30 days.</li>"
                    "<li><b>Language choice.</b> The language is part of every page's address; "
                    "we do not store it in a cookie.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Cookies", "anchor": "cookie"}),
                (
                    "paragraph",
                    "<p>Browsing the website gives you no cookies at all. We use only two "
                    "cookies, which forms and the editorial interface need in order to "
                    "work:</p>"
                    "<ul>"
                    "<li><b>csrftoken</b> – set only on pages with a form that you send to us "
                    "(suggesting a good practice, the password of a password-protected page, "
                    "signing in to the editorial interface). It holds a random string that "
                    "protects the form against misuse, and expires after a year.</li>"
                    "<li><b>sessionid</b> – given only to people signed in to the editorial "
                    "interface and to people who have entered the password of a "
                    "password-protected page. It expires when you sign out or after two "
                    "weeks.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Suggesting a good practice", "anchor": "zgloszenia"}),
                (
                    "paragraph",
                    "<p>When you suggest a good practice through the form in the library, we "
                    "store your name (or the name of your organisation) and your e-mail "
                    "address with the proposal. The proposal waits in the editorial interface "
                    "as an unpublished draft, and the website's moderators receive it by "
                    "e-mail. We use your details only to review the proposal and to contact "
                    "you about it.</p>"
                    "<ul>"
                    "<li>We keep the proposal, with your details and its edit history, until "
                    "a moderator deletes it; if the practice is published, for as long as it "
                    "is on the website.</li>"
                    "<li>The e-mails with the proposal stay in the moderators' mailboxes until "
                    "they delete them.</li>"
                    "<li>To protect the form against spam, for 10 minutes after you send a "
                    "proposal we remember a digest of your IP address made with a secret key. "
                    "We do not store the IP address itself.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Editors", "anchor": "redaktorzy"}),
                (
                    "paragraph",
                    "<p>People who edit the website have accounts in the editorial interface. "
                    "We keep:</p>"
                    "<ul>"
                    "<li>the editor's account name and e-mail address – for as long as the "
                    "account exists,</li>"
                    "<li>the edit history of pages and records, including who made each "
                    "change – for as long as the content concerned exists,</li>"
                    "<li>who has a page open in the editor, so that other editors are warned "
                    "about editing it at the same time – deleted the first time an editor is "
                    "opened an hour or more after the last activity,</li>"
                    "<li>failed attempts to sign in to the editorial interface (account name, "
                    "IP address and browser name), so that signing in is paused for an hour "
                    "after 5 failed attempts – deleted after a successful sign-in, or at the "
                    "first sign-in or sign-out an hour or more after the last attempt.</li>"
                    "</ul>"
                    "<p>We do not record successful sign-ins.</p>",
                ),
                ("heading", {"text": "Map of good practices", "anchor": "mapa"}),
                (
                    "paragraph",
                    "<p>The map of good practices does not load automatically. Only when you "
                    "choose to show it does your browser fetch map tiles from the "
                    "OpenStreetMap server, which thereby receives your IP address. How that "
                    "server processes data is described in the "
                    '<a href="https://osmfoundation.org/wiki/Privacy_Policy">privacy policy '
                    "of the OpenStreetMap Foundation</a>.</p>"
                    "<p>If you prefer not to show the map, use the list of good practices, "
                    "which contains the same information.</p>",
                ),
                ("heading", {"text": "Videos", "anchor": "wideo"}),
                (
                    "paragraph",
                    "<p>Pages with a video embed the YouTube or Vimeo player. The player loads "
                    "together with the page, so the video service receives your IP address "
                    "and may use its own cookies. Every video also has a plain link to "
                    "it.</p>",
                ),
                ("heading", {"text": "Authors and speakers", "anchor": "autorzy"}),
                (
                    "paragraph",
                    "<p>In stories and event reports we publish the names, roles and photos "
                    "of authors and speakers. At the request of the person concerned, we will "
                    "remove this information from the website, including its edit history "
                    "and search.</p>",
                ),
                ("heading", {"text": "Your rights", "anchor": "prawa"}),
                (
                    "paragraph",
                    "<p>Under the General Data Protection Regulation (GDPR), and on the "
                    "conditions it lays down, you have the right to:</p>"
                    "<ul>"
                    "<li>access your data,</li>"
                    "<li>have it rectified,</li>"
                    "<li>have it erased,</li>"
                    "<li>restrict its processing,</li>"
                    "<li>object to its processing.</li>"
                    "</ul>"
                    "<p>You also have the right to lodge a complaint with the "
                    '<a href="https://uodo.gov.pl/">President of the Personal Data Protection '
                    "Office (Prezes Urzędu Ochrony Danych Osobowych)</a>.</p>",
                ),
                ("heading", {"text": "Contact", "anchor": "kontakt"}),
                (
                    "paragraph",
                    "<p>For matters concerning personal data and this policy, please write to "
                    "us at the e-mail address given in the website's footer.</p>",
                ),
            ],
        },
        "uk": {
            "title": "Політика конфіденційності",
            "slug": "konfidentsiinist",
            "search_description": (
                "Які персональні дані обробляє сайт «Міста і регіони для інтеграції», як "
                "довго вони зберігаються та які права мають читачі."
            ),
            "introduction": (
                "Пояснюємо, які персональні дані ми обробляємо у зв’язку із сайтом «Міста "
                "і регіони для інтеграції», з якою метою та як довго їх зберігаємо, а також "
                "які права ви маєте."
            ),
            "body": [
                ("heading", {"text": "Контролер даних", "anchor": "administrator"}),
                (
                    "paragraph",
                    "<p>Контролером персональних даних, які обробляються у зв’язку із сайтом, "
                    "є Маршалківське управління Західнопоморського воєводства.</p>",
                ),
                ("heading", {"text": "Читачі", "anchor": "czytelnicy"}),
                (
                    "paragraph",
                    "<p>Сайт не використовує аналітичних чи рекламних інструментів і не "
                    "завантажує скриптів або шрифтів зі сторонніх серверів. Винятки – карту "
                    "та відео – описано нижче.</p>"
                    "<ul>"
                    "<li><b>Журнали сервера.</b> Сервер записує в журнали технічну інформацію "
                    "про запити, зокрема IP-адресу, а також попередження про помилки "
                    "й невдалі входи. Журнали використовуються лише для забезпечення безпеки "
                    "та роботи сайту і зберігаються не довше ніж 30 днів.</li>"
                    "<li><b>Вибір мови.</b> Мова є частиною адреси кожної сторінки; ми не "
                    "зберігаємо її у файлі cookie.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Файли cookie", "anchor": "cookie"}),
                (
                    "paragraph",
                    "<p>Переглядаючи сайт, ви не отримуєте жодного файлу cookie. Ми "
                    "використовуємо лише два файли cookie, потрібні для роботи форм "
                    "і редакційної панелі:</p>"
                    "<ul>"
                    "<li><b>csrftoken</b> – зберігається лише на сторінках із формою, яку ви "
                    "надсилаєте нам (пропозиція доброї практики, пароль до сторінки, захищеної "
                    "паролем, вхід до редакційної панелі). Містить випадковий рядок символів, "
                    "який захищає форму від зловживань, і діє один рік.</li>"
                    "<li><b>sessionid</b> – отримують лише особи, які увійшли до редакційної "
                    "панелі, та особи, які ввели пароль до сторінки, захищеної паролем. "
                    "Перестає діяти після виходу або через два тижні.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Пропозиція доброї практики", "anchor": "zgloszenia"}),
                (
                    "paragraph",
                    "<p>Коли ви пропонуєте добру практику через форму в бібліотеці, ми "
                    "зберігаємо ваше ім’я та прізвище (або назву установи) й адресу "
                    "електронної пошти разом із пропозицією. Пропозиція чекає в редакційній "
                    "панелі як неопублікована чернетка, а модератори сайту отримують її "
                    "електронною поштою. Ваші дані ми використовуємо лише для розгляду "
                    "пропозиції та зв’язку з вами щодо неї.</p>"
                    "<ul>"
                    "<li>Пропозицію разом із вашими даними та історією змін ми зберігаємо, "
                    "доки модератор її не видалить; якщо практику буде опубліковано, – доки "
                    "вона є на сайті.</li>"
                    "<li>Листи з пропозицією залишаються в поштових скриньках модераторів, "
                    "доки вони їх не видалять.</li>"
                    "<li>Щоб захистити форму від спаму, протягом 10 хвилин після надсилання "
                    "пропозиції ми пам’ятаємо хеш вашої IP-адреси, створений за допомогою "
                    "секретного ключа. Саму IP-адресу ми не зберігаємо.</li>"
                    "</ul>",
                ),
                ("heading", {"text": "Редактори", "anchor": "redaktorzy"}),
                (
                    "paragraph",
                    "<p>Люди, які редагують сайт, мають облікові записи в редакційній панелі. "
                    "Ми зберігаємо:</p>"
                    "<ul>"
                    "<li>ім’я облікового запису та адресу електронної пошти редактора – доки "
                    "існує обліковий запис,</li>"
                    "<li>історію змін сторінок і записів разом з інформацією про те, хто вніс "
                    "кожну зміну, – доки існує відповідний вміст,</li>"
                    "<li>інформацію про те, хто має сторінку відкритою в редакторі, щоб "
                    "попередити інших редакторів про одночасне редагування, – її видаляємо "
                    "під час першого відкриття редактора через годину або більше після "
                    "останньої активності,</li>"
                    "<li>невдалі спроби входу до редакційної панелі (ім’я облікового запису, "
                    "IP-адресу та назву браузера), щоб після 5 невдалих спроб призупинити "
                    "вхід на годину, – їх видаляємо після успішного входу або під час "
                    "першого входу чи виходу з панелі через годину або більше після останньої "
                    "спроби.</li>"
                    "</ul>"
                    "<p>Успішні входи ми не записуємо.</p>",
                ),
                ("heading", {"text": "Карта добрих практик", "anchor": "mapa"}),
                (
                    "paragraph",
                    "<p>Карта добрих практик не завантажується автоматично. Лише коли ви "
                    "вирішите її показати, браузер завантажує фрагменти карти із сервера "
                    "OpenStreetMap, який при цьому отримує вашу IP-адресу. Як цей сервер "
                    "обробляє дані, описано в "
                    '<a href="https://osmfoundation.org/wiki/Privacy_Policy">політиці '
                    "конфіденційності Фонду OpenStreetMap</a>.</p>"
                    "<p>Якщо ви не хочете показувати карту, скористайтеся списком добрих "
                    "практик, який містить ту саму інформацію.</p>",
                ),
                ("heading", {"text": "Відео", "anchor": "wideo"}),
                (
                    "paragraph",
                    "<p>Сторінки з відео вбудовують програвач YouTube або Vimeo. Програвач "
                    "завантажується разом зі сторінкою, тому відеосервіс отримує вашу "
                    "IP-адресу й може використовувати власні файли cookie. Під кожним відео "
                    "є також звичайне посилання на нього.</p>",
                ),
                ("heading", {"text": "Автори та доповідачі", "anchor": "autorzy"}),
                (
                    "paragraph",
                    "<p>У статтях і звітах про заходи ми публікуємо імена та прізвища, посади "
                    "і фотографії авторів та доповідачів. На прохання особи, якої стосуються "
                    "ці дані, ми видалимо їх із сайту, зокрема з історії змін і пошуку.</p>",
                ),
                ("heading", {"text": "Ваші права", "anchor": "prawa"}),
                (
                    "paragraph",
                    "<p>Відповідно до Загального регламенту про захист даних (GDPR) і на "
                    "визначених ним умовах ви маєте право на:</p>"
                    "<ul>"
                    "<li>доступ до своїх даних,</li>"
                    "<li>їх виправлення,</li>"
                    "<li>їх видалення,</li>"
                    "<li>обмеження їх обробки,</li>"
                    "<li>заперечення проти їх обробки.</li>"
                    "</ul>"
                    "<p>Ви також маєте право подати скаргу "
                    '<a href="https://uodo.gov.pl/">Голові Управління із захисту персональних '
                    "даних (Prezes Urzędu Ochrony Danych Osobowych)</a>.</p>",
                ),
                ("heading", {"text": "Контакти", "anchor": "kontakt"}),
                (
                    "paragraph",
                    "<p>З питань щодо персональних даних і цієї політики пишіть нам на адресу "
                    "електронної пошти, зазначену внизу сторінки сайту.</p>",
                ),
            ],
        },
    },
}

SITE_IDENTITY = {
    "pl": {
        "site_name": "Miasta i regiony na rzecz integracji",
        "tagline": "#Region4Integration — dobre praktyki integracji migrantów",
        "funding_notice": (
            "Serwis prezentuje inicjatywę „Miasta i regiony na rzecz integracji” "
            "(#Region4Integration), realizowaną we współpracy z Komisją Europejską i kilkoma "
            "stowarzyszeniami europejskimi: Eurocities, Radą Gmin i Regionów Europy, "
            "Konferencją Peryferyjnych Regionów Nadmorskich Europy oraz Zgromadzeniem Regionów "
            "Europy. Inicjatywa wpisuje się w działania instytucji województwa "
            "zachodniopomorskiego: "
            "Regionalny Ośrodek Polityki Społecznej, Wydział Współpracy Terytorialnej "
            "i Turystyki oraz Wojewódzki Urząd Pracy w Szczecinie."
        ),
    },
    "en": {
        "site_name": "Cities and Regions for Integration",
        "tagline": "#Region4Integration — good practice in migrant integration",
        "funding_notice": (
            "This website presents the “Cities and Regions for Integration” initiative "
            "(#Region4Integration), run in cooperation with the European Commission and "
            "several European associations: Eurocities, the Council of European "
            "Municipalities and Regions, the Conference of Peripheral Maritime Regions of "
            "Europe and the Assembly of European Regions. The initiative is in line with the work "
            "of West Pomeranian institutions: the Regional Centre for Social "
            "Policy, the Department of Territorial Cooperation and Tourism and the "
            "Voivodeship Labour Office in Szczecin."
        ),
    },
    "uk": {
        "site_name": "Міста і регіони для інтеграції",
        "tagline": "#Region4Integration — добрі практики інтеграції мігрантів",
        "funding_notice": (
            "Сайт представляє ініціативу «Міста і регіони для інтеграції» "
            "(#Region4Integration), що реалізується у співпраці з Європейською Комісією та "
            "кількома європейськими асоціаціями: Eurocities, Радою європейських "
            "муніципалітетів і регіонів, Конференцією периферійних приморських регіонів "
            "Європи та Асамблеєю європейських регіонів. Ініціатива вписується в діяльність "
            "установ Західнопоморського воєводства: Регіональний центр соціальної політики, Відділ "
            "територіальної співпраці й туризму та Воєводський центр зайнятості в Щецині."
        ),
    },
}
