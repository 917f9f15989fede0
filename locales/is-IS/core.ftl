# localekit core catalog: Icelandic (Iceland). Reference: locales/en-US/core.ftl.
# Register: informal "þú" is the pack default (Icelanders address everyone as þú); the formal
# "þér" variants exist for completeness and read as very formal/old-fashioned.
# Variables sit where Icelandic needs no case ending ("{ $city }:", "{ $holiday }:").

-assistant-name = Nova

greeting = { $formality ->
       *[informal] Halló! Hvernig get ég aðstoðað þig í dag?
        [formal] Góðan dag! Hvernig get ég aðstoðað yður í dag?
    }
    .title = Velkomin

greeting-name = { $formality ->
       *[informal] Halló, { $name }! Hvernig get ég aðstoðað þig í dag?
        [formal] Góðan dag, { $name }! Hvernig get ég aðstoðað yður í dag?
    }

assistant-intro = { $formality ->
       *[informal] Ég er { -assistant-name } og er hér til að aðstoða þig.
        [formal] Ég er { -assistant-name } og er hér til að aðstoða yður.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Tímastillir stilltur á { NUMBER($minutes) } mínútu.
       *[other] Tímastillir stilltur á { NUMBER($minutes) } mínútur.
    }
    .title = Tímastillir

# $temperature (Number): degrees; $city (String)
weather-now = { $city }: hitastigið er núna { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Veður

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Gleðilegt nýtt ár!
        [easter] Gleðilega páska!
        [christmas] Gleðileg jól!
        [national_day] Gleðilegan þjóðhátíðardag!
       *[other] Bestu kveðjur!
    }

error-retry = { $formality ->
       *[informal] Því miður kom upp villa. Reyndu aftur.
        [formal] Því miður kom upp villa. Vinsamlegast reynið aftur.
    }
    .title = Villa kom upp
    .button-retry = Reyna aftur

# $item (String): what will be deleted
confirm-delete = { $formality ->
       *[informal] Viltu eyða { $item }?
        [formal] Viljið þér eyða { $item }?
    }
    .title = Eyða?
    .button-yes = Eyða
    .button-no = Hætta við

# $items (List of strings)
item-list = { $formality ->
       *[informal] Á listanum þínum er: { LIST($items) }.
        [formal] Á listanum yðar er: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
       *[informal]
            { $count ->
                [0] Karfan þín er tóm.
                [one] Þú ert með { NUMBER($count) } vöru í körfunni.
               *[other] Þú ert með { NUMBER($count) } vörur í körfunni.
            }
        [formal]
            { $count ->
                [0] Karfa yðar er tóm.
                [one] Þér eruð með { NUMBER($count) } vöru í körfunni.
               *[other] Þér eruð með { NUMBER($count) } vörur í körfunni.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Þetta kostar { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
       *[informal] Ég minni þig á þetta { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
        [formal] Ég minni yður á þetta { DATETIME($when, dateStyle: "long") } kl. { DATETIME($when, timeStyle: "short") }.
    }
    .title = Áminning

goodbye = { $formality ->
       *[informal] Bless! Eigðu góðan dag.
        [formal] Verið þér sæl! Eigið góðan dag.
    }
