onboarding-welcome-header = Witamy w przeglądarce { -brand-short-name }
onboarding-start-browsing-button-label = Zacznij przeglądać Internet
onboarding-not-now-button-label = Nie teraz
mr1-onboarding-get-started-primary-button-label = Pierwsze kroki
return-to-amo-subtitle = Świetnie, masz już { -brand-short-name(case: "acc") }
return-to-amo-addon-title = Pobierzmy teraz rozszerzenie <img data-l10n-name="icon"/> <b>{ $addon-name }</b>.
return-to-amo-add-extension-label = Dodaj rozszerzenie
return-to-amo-add-theme-label = Dodaj motyw
return-to-amo-theme-install-complete-label = Zainstalowano motyw
return-to-amo-extension-install-complete-label = Zainstalowano rozszerzenie
mr1-return-to-amo-subtitle = Witamy w { -brand-short-name(case: "loc") }
mr1-return-to-amo-addon-title = Masz teraz szybką, prywatną przeglądarkę { -brand-short-name } zawsze pod ręką. Możesz do niej dodać <b>{ $addon-name }</b> i osiągnąć jeszcze więcej.
mr1-return-to-amo-add-extension-label = Dodaj „{ $addon-name }”
onboarding-welcome-steps-indicator-label =
    .aria-label = Postęp: { $current }. krok z { $total }
mr1-onboarding-reduce-motion-button-label = Wyłącz animacje
mr1-onboarding-sign-in-button-label = Zaloguj się
mr1-onboarding-import-primary-button-label-attribution = Importuj z przeglądarki { $previous }
mr1-onboarding-theme-header = Używaj jej po swojemu
mr1-onboarding-theme-subtitle = Spersonalizuj { -brand-short-name(case: "acc") } za pomocą motywu.
mr1-onboarding-theme-secondary-button-label = Nie teraz
mr1-onboarding-theme-label-system = Motyw systemu
mr1-onboarding-theme-label-light = Jasny
mr1-onboarding-theme-label-dark = Ciemny
mr1-onboarding-theme-label-alpenglow = Alpenglow
onboarding-theme-primary-button-label = Gotowe
onboarding-animation-pause-button =
    .aria-label = Wstrzymaj animację
onboarding-animation-play-button =
    .aria-label = Włącz animację
mr1-onboarding-theme-tooltip-system =
    .title =
        Używa motywu systemu operacyjnego
        do wyświetlania przycisków, menu i okien.
mr1-onboarding-theme-description-system =
    .aria-description =
        Używa motywu systemu operacyjnego
        do wyświetlania przycisków, menu i okien.
mr1-onboarding-theme-tooltip-light =
    .title =
        Używa jasnego motywu do wyświetlania
        przycisków, menu i okien.
mr1-onboarding-theme-description-light =
    .aria-description =
        Używa jasnego motywu do wyświetlania
        przycisków, menu i okien.
mr1-onboarding-theme-tooltip-dark =
    .title =
        Używa ciemnego motywu do wyświetlania
        przycisków, menu i okien.
mr1-onboarding-theme-description-dark =
    .aria-description =
        Używa ciemnego motywu do wyświetlania
        przycisków, menu i okien.
mr1-onboarding-theme-tooltip-alpenglow =
    .title =
        Używa dynamicznego, kolorowego motywu
        do wyświetlania przycisków, menu i okien.
mr1-onboarding-theme-description-alpenglow =
    .aria-description =
        Używa dynamicznego, kolorowego motywu
        do wyświetlania przycisków, menu i okien.
mr2-onboarding-default-theme-label = Poznaj domyślne motywy.
mr2-onboarding-thank-you-header = Dziękujemy za wybranie nas
mr2-onboarding-thank-you-text = { -brand-short-name } to niezależna przeglądarka wspierana przez organizację non-profit. Razem sprawiamy, że Internet jest bezpieczniejszy, zdrowszy i bardziej prywatny.
mr2-onboarding-start-browsing-button-label = Zacznij przeglądać Internet
onboarding-live-language-header = Wybierz język
mr2022-onboarding-live-language-text = { -brand-short-name } mówi w Twoim języku
mr2022-language-mismatch-subtitle = Dzięki naszej społeczności { -brand-short-name } jest przetłumaczony na ponad 90 języków. Wygląda na to, że komputer używa innego języka ({ $systemLanguage }) niż { -brand-short-name } ({ $appLanguage }).
onboarding-live-language-button-label-downloading = Pobieranie pakietu językowego ({ $negotiatedLanguage })…
onboarding-live-language-waiting-button = Pobieranie dostępnych języków…
onboarding-live-language-installing = Instalowanie pakietu językowego ({ $negotiatedLanguage })…
mr2022-onboarding-live-language-switch-to = Przełącz na { $negotiatedLanguage }
mr2022-onboarding-live-language-continue-in = Nie przełączaj języka
onboarding-live-language-secondary-cancel-download = Anuluj
onboarding-live-language-skip-button-label = Pomiń
fx100-thank-you-hero-text =
    100
    <span data-l10n-name="zap">podziękowań</span>
fx100-thank-you-subtitle = To nasze setne wydanie! Dziękujemy za pomoc w budowaniu lepszego, zdrowszego Internetu.
fx100-thank-you-pin-primary-button-label =
    { PLATFORM() ->
        [macos] Zatrzymaj { -brand-short-name(case: "acc") } w Docku
       *[other] Przypnij { -brand-short-name(case: "acc") } do paska zadań
    }
fx100-upgrade-thanks-header = 100 podziękowań
fx100-upgrade-thank-you-body = To nasze setne wydanie przeglądarki { -brand-short-name }. <em>Dziękujemy</em> za pomoc w budowaniu lepszego, zdrowszego Internetu.
fx100-upgrade-thanks-keep-body = To nasze setne wydanie! Dziękujemy, że jesteś częścią naszej społeczności. Miej { -brand-short-name(case: "acc") } zawsze pod ręką przez następne sto.
mr2022-onboarding-secondary-skip-button-label = Pomiń ten krok
mr2022-onboarding-easy-setup-primary-button-label = Zachowaj i kontynuuj
mr2022-onboarding-easy-setup-set-default-checkbox-label = Ustaw przeglądarkę { -brand-short-name } jako domyślną
mr2022-onboarding-easy-setup-import-checkbox-label = Importuj z poprzedniej przeglądarki
mr2022-onboarding-welcome-pin-header = Odkrywaj fantastyczny Internet
mr2022-onboarding-welcome-pin-subtitle = Uruchamiaj { -brand-short-name(case: "acc") } jednym kliknięciem, gdziekolwiek jesteś. Za każdym razem, gdy to robisz, wybierasz bardziej otwartą i niezależną sieć.
mr2022-onboarding-pin-primary-button-label =
    { PLATFORM() ->
        [macos] Zatrzymaj { -brand-short-name(case: "acc") } w Docku
       *[other] Przypnij { -brand-short-name(case: "acc") } do paska zadań
    }
mr2022-onboarding-pin-primary-button-label-msix = Przypnij { -brand-short-name(case: "acc") } do paska zadań i menu Start
mr2022-onboarding-existing-pin-header = Dziękujemy za waszą miłość do przeglądarki { -brand-product-name }
mr2022-onboarding-existing-pin-subtitle = Uruchamiaj zdrowszy Internet jednym kliknięciem, gdziekolwiek jesteś. Nasza najnowsza aktualizacja jest wypełniona nowościami, które naszym zdaniem pokochasz.
mr2022-onboarding-existing-set-default-only-subtitle = Korzystaj z przeglądarki broniącej Twojej prywatności, kiedy śmigasz po sieci. Nasza najnowsza aktualizacja jest wypełniona rzeczami, które uwielbiasz.
mr2022-onboarding-existing-pin-checkbox-label = Dodaj także tryb prywatny { -brand-short-name(case: "gen") }
mr2022-onboarding-set-default-title = Używaj przeglądarki { -brand-short-name } za każdym razem
mr2022-onboarding-set-default-primary-button-label = Ustaw przeglądarkę { -brand-short-name } jako domyślną
mr2022-onboarding-set-default-subtitle = Używaj przeglądarki wspieranej przez organizację non-profit. Bronimy Twojej prywatności, kiedy śmigasz po sieci.
mr2022-onboarding-get-started-primary-subtitle = Nasza najnowsza wersja jest tworzona z myślą o Tobie, dzięki czemu śmiganie po sieci jest łatwiejsze niż kiedykolwiek. Jest wypełniona funkcjami, które naszym zdaniem pokochasz.
mr2022-onboarding-get-started-primary-button-label = Skonfiguruj w kilka sekund
mr2022-onboarding-import-primary-button-label-no-attribution = Importuj z poprzedniej przeglądarki
mr2022-onboarding-mobile-download-cta-text = Zeskanuj kod QR, aby pobrać przeglądarkę { -brand-product-name } na telefon lub <a data-l10n-name="download-label">wyślij sobie odnośnik do pobrania</a>.
mr2022-onboarding-no-mobile-download-cta-text = Zeskanuj kod QR, aby pobrać przeglądarkę { -brand-product-name } na telefon.
mr2022-upgrade-onboarding-pin-private-window-header = Miej wolność trybu prywatnego pod jednym kliknięciem
mr2022-upgrade-onboarding-pin-private-window-subtitle = Żadnych zapisanych ciasteczek ani historii, prosto z pulpitu. Przeglądaj, jak gdyby nikt nie patrzył.
mr2022-upgrade-onboarding-pin-private-window-primary-button-label =
    { PLATFORM() ->
        [macos] Zatrzymaj tryb prywatny { -brand-short-name(case: "gen") } w Docku
       *[other] Przypnij tryb prywatny { -brand-short-name(case: "gen") } do paska zadań
    }
mr2022-onboarding-privacy-segmentation-title = Zawsze szanujemy Twoją prywatność
mr2022-onboarding-privacy-segmentation-subtitle = Od inteligentnych podpowiedzi po sprytniejsze wyszukiwanie, nieustannie pracujemy nad tworzeniem lepszej, bardziej spersonalizowanej przeglądarki { -brand-product-name }.
mr2022-onboarding-privacy-segmentation-text-cta = Co chcesz zobaczyć, kiedy oferujemy nowe funkcje wykorzystujące Twoje dane do usprawniania przeglądania?
mr2022-onboarding-privacy-segmentation-button-primary-label = Używaj zaleceń przeglądarki { -brand-product-name }
mr2022-onboarding-privacy-segmentation-button-secondary-label = Wyświetlaj szczegółowe informacje
mr2022-onboarding-gratitude-title = Pomagasz nam budować lepszą sieć
mr2022-onboarding-gratitude-subtitle = Dziękujemy za używanie { -brand-short-name(case: "gen") }, wspieranego przez Mozilla Foundation. Z waszą pomocą pracujemy nad tym, aby Internet był bardziej otwarty, dostępny i lepszy dla wszystkich.
mr2022-onboarding-gratitude-primary-button-label = Zobacz, co nowego
mr2022-onboarding-gratitude-secondary-button-label = Zacznij przeglądać Internet
onboarding-infrequent-import-title = Czuj się jak u siebie
onboarding-infrequent-import-subtitle = Czy się wprowadzasz, czy tylko zaglądasz na chwilę, pamiętaj, że możesz zaimportować swoje zakładki, hasła i nie tylko.
onboarding-infrequent-import-primary-button = Importuj do { -brand-short-name(case: "gen") }
mr2022-onboarding-pin-image-alt =
    .aria-label = Osoba pracująca na laptopie w otoczeniu gwiazd i kwiatów
mr2022-onboarding-default-image-alt =
    .aria-label = Osoba przytulająca logo przeglądarki { -brand-product-name }
mr2022-onboarding-import-image-alt =
    .aria-label = Osoba jadąca na deskorolce z pudełkiem ikon programów
mr2022-onboarding-mobile-download-image-alt =
    .aria-label = Żaby skaczące po liliach z kodem QR do pobrania przeglądarki { -brand-product-name } na telefon na środku
mr2022-onboarding-pin-private-image-alt =
    .aria-label = Magiczna różdżka sprawia, że logo trybu prywatnego przeglądarki { -brand-product-name } wyskakuje z kapelusza
mr2022-onboarding-privacy-segmentation-image-alt =
    .aria-label = Jasnoskóre i ciemnoskóre ręce przybijają piątkę
mr2022-onboarding-gratitude-image-alt =
    .aria-label = Widok na zachód słońca przez okno z lisem i rośliną doniczkową na parapecie
onboarding-device-migration-image-alt =
    .aria-label = Lis na ekranie laptopa macha łapą. Laptop ma podłączoną mysz.
onboarding-device-migration-title = Witamy z powrotem!
onboarding-device-migration-subtitle2 = Zaloguj się na swoje konto, aby przenieść zakładki, hasła i historię na nowe urządzenie.
onboarding-device-migration-primary-button-label = Zaloguj się
amo-picker-title = Dostosuj { -brand-short-name(case: "acc") }
amo-picker-subtitle = Rozszerzenia są jak aplikacje do przeglądarki. Umożliwiają ochronę haseł, pobieranie filmów, znajdowanie ofert, blokowanie irytujących reklam, zmianę wyglądu przeglądarki i wiele więcej.
amo-picker-install-button-label = Dodaj do { -brand-short-name(case: "gen") }
amo-picker-install-complete-label = Zainstalowano
amo-picker-collection-link = Odkryj więcej dodatków
onboarding-easy-setup-security-and-privacy-title = Uwielbiamy zapewniać Ci bezpieczeństwo
onboarding-easy-setup-security-and-privacy-subtitle = Nasza przeglądarka wspierana przez organizację non-profit pomaga powstrzymywać firmy przed potajemnym śledzeniem Cię w Internecie.
onboarding-mobile-download-security-and-privacy-title = Nie trać szyfrowania podczas przełączania się między urządzeniami
onboarding-mobile-download-security-and-privacy-subtitle = Po synchronizacji { -brand-short-name } szyfruje Twoje hasła, zakładki i inne dane. Możesz też otwierać karty z pozostałych swoich urządzeń.
onboarding-gratitude-security-and-privacy-title = { -brand-short-name } jest po Twojej stronie
onboarding-gratitude-security-and-privacy-subtitle = Dziękujemy za używanie { -brand-short-name(case: "gen") }, wspieranego przez Mozilla Foundation. Z waszą pomocą pracujemy nad tym, aby Internet był bezpieczniejszy i bardziej dostępny dla wszystkich.
onboarding-sign-up-title = Synchronizuj dane między urządzeniami
onboarding-sign-up-description = Załóż konto, a wszystkie Twoje ważne informacje — hasła, zakładki i nie tylko — będą bezpiecznie przechowywane i dostępne po zalogowaniu na każdym urządzeniu.
onboarding-sign-up-button = Zaloguj się lub utwórz konto
onboarding-sign-up-secondary-button = Zacznij przeglądać Internet
onboarding-new-user-time-based-survey-title = Jak długo używasz { -brand-short-name(case: "gen") }?
onboarding-new-user-familiarity-based-survey-title = Jak dobrze znasz { -brand-short-name(case: "acc") }?
onboarding-new-user-survey-subtitle = Twoja opinia pomoże nam jeszcze bardziej ulepszyć { -brand-short-name(case: "acc") }.
onboarding-new-user-survey-next-button-label = Dalej
onboarding-new-user-survey-legal-link-label = Klikając „{ onboarding-new-user-survey-next-button-label }”, zgadzasz się na <a data-l10n-name="privacy_notice">zasady ochrony prywatności</a> { -brand-product-name(case: "gen") }
onboarding-new-user-survey-time-based-option-1 = Dopiero zaczynam
onboarding-new-user-survey-time-based-option-2 = Mniej niż miesiąc
onboarding-new-user-survey-time-based-option-3 = Ponad miesiąc, regularnie
onboarding-new-user-survey-time-based-option-4 = Ponad miesiąc, sporadycznie
onboarding-new-user-survey-familiarity-based-option-1 = Dopiero zaczynam go używać
onboarding-new-user-survey-familiarity-based-option-2 = Trochę go znam
onboarding-new-user-survey-familiarity-based-option-3 = Bardzo dobrze go znam
onboarding-new-user-survey-familiarity-based-option-4 = Znam go z przeszłości, ale minęło trochę czasu
onboarding-new-tabs-title = Powiedz nam, gdzie chcesz mieć swoje karty
onboarding-new-tabs-subtitle = Możesz to zmienić w dowolnej chwili w ustawieniach panelu bocznego.
onboarding-many-tabs-title = Używaj kart po swojemu
onboarding-many-tabs-subtitle = Masz dużo otwartych kart? Wypróbuj karty z boku, aby wprowadzić więcej porządku. Albo trzymaj się klasyki z kartami na górze. Przełączaj, kiedy chcesz.
onboarding-focused-tabs-title = Wybierz układ kart
onboarding-focused-tabs-subtitle = Aby wprowadzić więcej porządku, wypróbuj karty z boku. Albo trzymaj się klasyki z kartami na górze. Przełączaj, kiedy chcesz.
onboarding-new-vertical-tabs-label = Karty z boku
onboarding-new-horizontal-tabs-label = Karty na górze
onboarding-existing-tabs-title = Pionowe karty już są dostępne
onboarding-existing-tabs-title2 = Przedstawiamy pionowe karty
onboarding-existing-tabs-subtitle = Wypróbuj karty z boku. Możesz to cofnąć w dowolnej chwili w ustawieniach panelu bocznego.
onboarding-existing-vertical-tabs-label = Wypróbuj pionowe karty
onboarding-flair-text = Nowość!
onboarding-existing-horizontal-tabs-label = Nadal używaj kart poziomych
onboarding-vertical-tabs-tooltip =
    .title = Okno przeglądarki wyświetlające karty na boku ekranu jako część panelu bocznego { -brand-shorter-name(case: "gen") }.
onboarding-vertical-tabs-description =
    .aria-description = Okno przeglądarki wyświetlające karty na boku ekranu jako część panelu bocznego { -brand-shorter-name(case: "gen") }.
onboarding-horizontal-tabs-tooltip =
    .title = Okno przeglądarki wyświetlające karty na górze.
onboarding-horizontal-tabs-description =
    .aria-description = Okno przeglądarki wyświetlające karty na górze.
onboarding-genai-sidebar-title = Wypróbuj czatbota opartego na sztucznej inteligencji w panelu bocznym
onboarding-genai-sidebar-subtitle = Streszczaj treść stron, przeprowadzaj burze mózgów, twórz wersje robocze wiadomości — nie przerywając przeglądania. Wybieraj spośród wielu dostawców. Zmieniaj dostawcę w dowolnej chwili. <a data-l10n-name="learn-more">Więcej informacji</a>
onboarding-genai-sidebar-primary-button = Wybierz czatbota
onboarding-genai-sidebar-secondary-button = Zacznij przeglądać Internet
onboarding-checklist-title = Dokończ konfigurację { -brand-short-name(case: "gen") }
onboarding-checklist-subtitle = Wykonaj poniższe czynności, aby przeglądać Internet na najwyższych obrotach.
onboarding-checklist-set-default = Ustaw przeglądarkę { -brand-short-name } jako domyślną
onboarding-checklist-pin = Przypnij { -brand-short-name(case: "acc") } do paska zadań
onboarding-checklist-import = Importuj z poprzedniej przeglądarki
onboarding-checklist-extension = Dodaj rozszerzenie
onboarding-checklist-sign-up = Zaloguj się lub utwórz konto
tab-groups-onboarding-feature-callout-title = Wypróbuj grupy kart, aby zmniejszyć bałagan i zwiększyć koncentrację
tab-groups-onboarding-feature-callout-subtitle = Wprowadź porządek, przeciągając jedną kartę na drugą, aby utworzyć pierwszą grupę.
tab-groups-onboarding-create-group-title-3 = W każdej chwili możesz znaleźć swoje grupy kart w menu „Pokaż wszystkie karty”.
tab-groups-onboarding-create-group-no-alltabs-button-title = Znajdź swoje grupy, wyszukując je na pasku adresu.
tab-groups-onboarding-saved-groups-title-3 = Kiedy zamkniesz grupę kart, w każdej chwili możesz ją przywrócić w menu „Pokaż wszystkie karty”.
tab-groups-onboarding-saved-groups-no-alltabs-button-title-2 = Znajdź zamknięte grupy, wyszukując je na pasku adresu.
tab-groups-onboarding-session-restore-title-2 = W każdej chwili możesz przywrócić swoje grupy kart w menu „Pokaż wszystkie karty”.
tab-groups-onboarding-dismiss = OK
multi-profile-spotlight-title = Poznaj profile { -brand-product-name(case: "gen") }
multi-profile-spotlight-body = Łatwo przełączaj się między przeglądarką do pracy i do zabawy. Profile przechowują Twoje dane przeglądania, w tym historię wyszukiwań i hasła, całkowicie oddzielnie, dzięki czemu możesz zachować porządek.
multi-profile-spotlight-cta = Utwórz profil
multi-profile-callout-title = Utwórz różne profile do pracy i do zabawy
multi-profile-callout-subtitle = Profile umożliwiają całkowite oddzielenie danych przeglądania, takich jak historia wyszukiwania i hasła.
multi-profile-callout-cta = Utwórz profil
desktop-to-mobile-headline = Pobierz, zsynchronizuj i ruszaj!
desktop-to-mobile-subtitle = Zeskanuj kod QR, aby pobrać { -brand-product-name(case: "acc") } na telefon. Po instalacji kliknij „Synchronizuj z telefonem”, aby mieć dostęp do haseł, zakładek i nie tylko wszędzie tam, gdzie jesteś.
dismiss-button-label = Zamknij
sync-to-mobile-button-label = Synchronizuj z telefonem
desktop-to-mobile-qr-code-alt =
    .aria-label = Kod QR do pobrania { -brand-product-name(case: "gen") } na telefon
create-backup-screen-1-title =
    Aktualizujesz system do Windows 11?
    Utwórzmy kopię zapasową danych { -brand-product-name(case: "gen") }.
create-backup-screen-1-subtitle = Automatycznie chroń swoje hasła, zakładki i nie tylko w ciągu 1-2 minut.
create-backup-screen-1-flair = Zalecane
create-backup-learn-more-link = <a data-l10n-name="learn-more-label">Więcej informacji</a>
create-backup-screen-1-sync-label = Synchronizuj za pomocą { -brand-product-name(case: "gen") }
create-backup-screen-1-sync-body = Tworzy kopie zapasowe wszystkich zalogowanych urządzeń
create-backup-screen-1-backup-label = Kopia zapasowa na komputerze
create-backup-screen-1-backup-body = Zachowuje na Twoim urządzeniu lub koncie OneDrive
create-backup-select-tile-button-label = Wybierz
create-backup-back-button-label = Wstecz
create-backup-show-fewer =
    .label = Pokazuj mniej takich komunikatów
create-backup-screen-2-title = Wybierz dane { -brand-product-name(case: "gen") } do zachowania w kopii zapasowej
create-backup-screen-2-subtitle = Zajmie to tylko minutkę. Twoje dane będą zachowywane w kopii zapasowej raz dziennie.
create-backup-screen-2-easy-label = Łatwa konfiguracja
create-backup-screen-2-easy-list-1 = Zakładki, historia, ustawienia i nie tylko
create-backup-screen-2-easy-list-2 = Nie obejmuje haseł i metod płatności
create-backup-screen-2-easy-list-3 = Nieszyfrowane
create-backup-screen-2-all-label = Wszystkie dane
create-backup-screen-2-all-list-2 = Obejmuje hasła i metody płatności
create-backup-screen-2-all-list-3 = Zaszyfrowane za pomocą hasła
create-backup-screen-3-location = Gdzie zachować kopię zapasową?
create-backup-screen-3-title = Utwórz hasło pliku kopii zapasowej
create-backup-screen-3-subtitle = Wymagane do zaszyfrowania danych. Przechowuj je w miejscu, którego nie zapomnisz.
fx-backup-opt-in-header = Wybierz położenie pliku
fx-backup-opt-in-filepath-label = Wybierz miejsce, które przeniesiesz ze sobą na nowe urządzenie, takie jak konto OneDrive.
fx-backup-opt-in-create-password-label = Wpisz hasło
fx-backup-opt-in-confirm-btn-label = Kontynuuj
fx-backup-opt-in-cancel-btn-label = Wstecz
fx-backup-confirmation-screen-title = Kopia zapasowa została zaplanowana
fx-backup-confirmation-screen-close-button = Zamknij
fx-backup-confirmation-screen-all-data-item-text-1 = Obejmuje wszystkie dane przeglądania
fx-backup-confirmation-screen-all-data-item-text-2 = Zachowane na urządzeniu
fx-backup-confirmation-screen-all-data-item-text-3 = Zaszyfrowane i chronione hasłem
fx-backup-confirmation-screen-easy-setup-item-text-1 = Obejmuje zakładki, historię, ustawienia i pozostałe dane
fx-backup-confirmation-screen-easy-setup-item-text-2 = Zachowane na urządzeniu
fx-backup-confirmation-screen-easy-setup-item-text-3 = Nie obejmuje haseł i metod płatności
fx-backup-confirmation-screen-easy-setup-item-subtext-3 = Otwórz <a data-l10n-name="settings">Ustawienia</a>, aby dodać prywatne dane.
fx-backup-confirmation-screen-item-subtext-1 = Tworzenie kopii zapasowej zacznie się za kilka minut i będzie wykonywane raz dziennie. W <a data-l10n-name="settings">Ustawieniach</a> można sprawdzić postęp.
fx-backup-confirmation-screen-item-subtext-2 = { -brand-short-name } wyszuka kopię zapasową, jeśli konieczna będzie ponowna instalacja.
restore-from-backup-secondary-top-button = Przywróć z kopii zapasowej
restore-from-backup-title = Wróćmy do { -brand-short-name(case: "gen") } takiego, jak lubisz
restore-from-backup-subtitle = Odzyskaj wszystkie swoje zakładki, historię i inne dane, aby wrócić do przeglądania.
restore-from-backup-secondary-button = Nie przywracaj
multiple-backups-info-tile = <strong>Odnaleziono więcej niż jeden plik z kopią zapasową.</strong> Wybrano najnowszy plik. Pozostałe profile można przywrócić w <a data-l10n-name="settings-label">Ustawieniach.</a>
restored-from-backup-success-title = Wróciliśmy! Twoje dane { -brand-short-name(case: "gen") } zostały przywrócone.
restored-from-backup-success-with-checklist-subtitle = Chcesz mieć swoją ulubioną przeglądarkę dbającą o prywatność pod jednym kliknięciem?
restored-from-backup-success-no-checklist-subtitle = W <a data-l10n-name="settings">ustawieniach</a> można włączyć tworzenie kopii zapasowej na tym urządzeniu.
restored-from-backup-success-with-checklist-primary-button = Zachowaj i kontynuuj
restored-from-backup-success-with-checklist-secondary-button = Pomiń ten krok
restored-from-backup-success-no-checklist-primary-button = Kontynuuj
restored-from-backup-error-title = Niestety, wystąpił problem z plikiem kopii zapasowej.
restored-from-backup-error-subtitle = Jeśli masz inny plik kopii zapasowej { -brand-short-name(case: "gen") }, spróbuj przywrócić z niego. <a data-l10n-name="restore-problems">Nadal masz problemy?</a>
restored-from-backup-error-primary-button = Zamknij
onboarding-personalization-title = Dostosuj { -brand-short-name(case: "acc") } pod siebie
onboarding-personalization-subtitle = Odpowiedz na kilka pytań, a my polecimy funkcje i rozszerzenia, które usprawnią korzystanie z { -brand-short-name(case: "gen") }.
onboarding-personalization-use-case-title = Do czego będziesz korzystać z { -brand-short-name(case: "gen") }?
onboarding-personalization-use-case-personal-option = Dla siebie
onboarding-personalization-use-case-school-option = Do szkoły
onboarding-personalization-use-case-work-option = Do pracy
onboarding-personalization-motivation-title = Które cechy { -brand-short-name(case: "gen") } są dla Ciebie najważniejsze?
onboarding-personalization-motivation-privacy-option = Prywatność i bezpieczeństwo
onboarding-personalization-motivation-productivity-option = Produktywność
onboarding-personalization-motivation-other-option = Inne
onboarding-refresh-pin-set-default-subtitle = Chronimy Twoje dane i blokujemy firmom możliwość śledzenia Twoich kliknięć — automatycznie.
onboarding-refresh-pin-set-default-title = Jesteś w dobrych łapkach
onboarding-refresh-import-subtitle = Przenieś swoje hasła, zakładki, historię i nie tylko.
onboarding-refresh-import-title = Poczuj się z { -brand-short-name(case: "ins") } bardziej jak w domu
onboarding-refresh-onboarding-addons-subtitle = Rozszerzenia to niewielkie aplikacje, które pozwalają dostosować { -brand-short-name(case: "acc") }. Mogą one zwiększyć Twoją prywatność, poprawić wydajność, zmienić wygląd { -brand-short-name(case: "gen") } i wiele więcej.
onboarding-refresh-onboarding-addons-title = Przeglądaj Internet wygodniej
onboarding-refresh-sync-subtitle = Korzystaj z zakładek, haseł i nie tylko wszędzie, gdzie zalogujesz się w { -brand-short-name(case: "loc") }. Do tego Twoje dane są szyfrowane, więc tylko Ty je widzisz.
onboarding-refresh-sync-title = Gdziekolwiek jesteś. Synchronizuj wszystko.
onboarding-refresh-gratitude-subtitle = Dziękujemy za używanie { -brand-short-name(case: "gen") }, jedynej dużej przeglądarki wspieranej przez organizację non-profit. Z waszą pomocą pracujemy nad tym, aby Internet był bezpieczniejszy i bardziej dostępny dla wszystkich.
onboarding-refresh-gratitude-title = { -brand-short-name } jest po Twojej stronie
