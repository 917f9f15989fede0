# localekit core catalog, Polish (Poland). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "ty" (informal, the default: *[informal]; Ci/Twój capitalised as a courtesy) or the
# gender-neutral honorific "Państwo" (formal; Pan/Pani would need the user's gender).
# Plural categories (CLDR pl): one, few, many, other (other = fractions). Case endings never follow placeables.

-assistant-name = Nova

greeting =
    { $formality ->
       *[informal] Cześć! W czym mogę Ci dziś pomóc?
        [formal] Dzień dobry! W czym mogę Państwu dziś pomóc?
    }
    .title = Witamy

greeting-name =
    { $formality ->
       *[informal] Cześć, { $name }! W czym mogę Ci dziś pomóc?
        [formal] Dzień dobry, { $name }! W czym mogę Państwu dziś pomóc?
    }

assistant-intro =
    { $formality ->
       *[informal] Jestem { -assistant-name }, Twoja asystentka.
        [formal] Jestem { -assistant-name }, Państwa asystentka.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Minutnik ustawiony na { NUMBER($minutes) } minutę.
        [few] Minutnik ustawiony na { NUMBER($minutes) } minuty.
        [many] Minutnik ustawiony na { NUMBER($minutes) } minut.
       *[other] Minutnik ustawiony na { NUMBER($minutes) } minuty.
    }
    .title = Minutnik

# $temperature (Number): degrees; $city (String)
weather-now = Obecnie w miejscowości { $city } jest { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Pogoda

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Szczęśliwego Nowego Roku!
        [easter] Wesołych Świąt Wielkanocnych!
        [christmas_eve] Wesołych Świąt!
        [christmas] Wesołych Świąt!
        [national_day] Wszystkiego najlepszego z okazji Święta Niepodległości!
       *[other]
            { $formality ->
                [formal] Życzymy Państwu wszystkiego najlepszego!
               *[informal] Wszystkiego najlepszego!
            }
    }

error-retry =
    { $formality ->
       *[informal] Przepraszam, coś poszło nie tak. Spróbuj ponownie.
        [formal] Przepraszamy, coś poszło nie tak. Prosimy spróbować ponownie.
    }
    .title = Coś poszło nie tak
    .button-retry = Spróbuj ponownie

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
       *[informal] Czy chcesz usunąć „{ $item }”?
        [formal] Czy chcą Państwo usunąć „{ $item }”?
    }
    .title = Usunąć?
    .button-yes = Usuń
    .button-no = Anuluj

# $items (List of strings)
item-list =
    { $formality ->
       *[informal] Twoja lista zawiera: { LIST($items) }.
        [formal] Państwa lista zawiera: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
               *[informal] Twój koszyk jest pusty.
                [formal] Państwa koszyk jest pusty.
            }
        [one]
            { $formality ->
               *[informal] Masz { NUMBER($count) } produkt w koszyku.
                [formal] W Państwa koszyku jest { NUMBER($count) } produkt.
            }
        [few]
            { $formality ->
               *[informal] Masz { NUMBER($count) } produkty w koszyku.
                [formal] W Państwa koszyku są { NUMBER($count) } produkty.
            }
        [many]
            { $formality ->
               *[informal] Masz { NUMBER($count) } produktów w koszyku.
                [formal] W Państwa koszyku jest { NUMBER($count) } produktów.
            }
       *[other]
            { $formality ->
               *[informal] Masz { NUMBER($count) } produktu w koszyku.
                [formal] W Państwa koszyku jest { NUMBER($count) } produktu.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = To kosztuje { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
       *[informal] Przypomnę Ci o tym { DATETIME($when, dateStyle: "long") } o { DATETIME($when, timeStyle: "short") }.
        [formal] Przypomnę Państwu o tym { DATETIME($when, dateStyle: "long") } o { DATETIME($when, timeStyle: "short") }.
    }
    .title = Przypomnienie

goodbye =
    { $formality ->
       *[informal] Na razie! Miłego dnia.
        [formal] Do widzenia! Życzę miłego dnia.
    }
