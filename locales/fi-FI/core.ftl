# localekit core catalog: Finnish (Finland). Reference: locales/en-US/core.ftl.
# Register: informal sinä forms are the pack default (Microsoft Finnish style guide); formal te.
# Variables sit where Finnish needs no case ending ("Kaupungissa { $city }", "{ $holiday }:").

-assistant-name = Nova

greeting = { $formality ->
       *[informal] Hei! Miten voin auttaa sinua tänään?
        [formal] Hyvää päivää! Miten voin auttaa teitä tänään?
    }
    .title = Tervetuloa

greeting-name = { $formality ->
       *[informal] Hei { $name }! Miten voin auttaa sinua tänään?
        [formal] Hyvää päivää, { $name }! Miten voin auttaa teitä tänään?
    }

assistant-intro = { $formality ->
       *[informal] Olen { -assistant-name }, avustajasi.
        [formal] Olen { -assistant-name }, avustajanne.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Ajastin asetettu: { NUMBER($minutes) } minuutti.
       *[other] Ajastin asetettu: { NUMBER($minutes) } minuuttia.
    }
    .title = Ajastin

# $temperature (Number): degrees; $city (String)
weather-now = Kaupungissa { $city } on nyt { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Sää

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Hyvää uutta vuotta!
        [easter] Hyvää pääsiäistä!
        [labour_day] Hauskaa vappua!
        [midsummer] Hyvää juhannusta!
        [christmas_eve] Hyvää joulua!
        [christmas] Hyvää joulua!
        [national_day] Hyvää itsenäisyyspäivää!
       *[other] Parhaat toivotukset!
    }

error-retry = { $formality ->
       *[informal] Pahoittelut, jokin meni vikaan. Yritä uudelleen.
        [formal] Pahoittelemme, jokin meni vikaan. Yrittäkää uudelleen.
    }
    .title = Jokin meni vikaan
    .button-retry = Yritä uudelleen

# $item (String): what will be deleted
confirm-delete = { $formality ->
       *[informal] Haluatko poistaa kohteen { $item }?
        [formal] Haluatteko poistaa kohteen { $item }?
    }
    .title = Poistetaanko?
    .button-yes = Poista
    .button-no = Peruuta

# $items (List of strings)
item-list = { $formality ->
       *[informal] Luettelossasi on { LIST($items) }.
        [formal] Luettelossanne on { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
       *[informal]
            { $count ->
                [0] Ostoskorisi on tyhjä.
                [one] Ostoskorissasi on { NUMBER($count) } tuote.
               *[other] Ostoskorissasi on { NUMBER($count) } tuotetta.
            }
        [formal]
            { $count ->
                [0] Ostoskorinne on tyhjä.
                [one] Ostoskorissanne on { NUMBER($count) } tuote.
               *[other] Ostoskorissanne on { NUMBER($count) } tuotetta.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Hinta on { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
       *[informal] Muistutan sinua { DATETIME($when, dateStyle: "long") } klo { DATETIME($when, timeStyle: "short") }.
        [formal] Muistutan teitä { DATETIME($when, dateStyle: "long") } klo { DATETIME($when, timeStyle: "short") }.
    }
    .title = Muistutus

goodbye = Näkemiin! Hyvää päivänjatkoa.
