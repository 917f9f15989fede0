# localekit core catalog, Swahili (Kenya). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: Swahili has no T/V pronouns; $formality selects standard Kiswahili with polite forms (formal, the
# default: *[formal]) or Nairobi Sheng (informal) where the wording differs. Plural categories (CLDR sw): one, other.
# Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Niaje! Nikusaidie aje leo?
       *[formal] Hujambo! Naweza kukusaidia vipi leo?
    }
    .title = Karibu

greeting-name =
    { $formality ->
        [informal] Niaje { $name }! Nikusaidie aje leo?
       *[formal] Hujambo, { $name }! Naweza kukusaidia vipi leo?
    }

assistant-intro = Mimi ni { -assistant-name }, msaidizi wako.

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Kipima muda kimewekwa kwa dakika { NUMBER($minutes) }.
       *[other] Kipima muda kimewekwa kwa dakika { NUMBER($minutes) }.
    }
    .title = Kipima muda

# $temperature (Number): degrees; $city (String)
weather-now = Kwa sasa kuna { NUMBER($temperature, maximumFractionDigits: 0) }° huko { $city }.
    .title = Hali ya hewa

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Heri ya Mwaka Mpya!
        [easter] Heri ya Pasaka!
        [labour_day] Heri ya Sikukuu ya Wafanyakazi!
        [national_day] Heri ya sikukuu ya kitaifa!
        [eid_al_fitr] Idd Mubarak!
        [christmas] Heri ya Krismasi!
       *[other] Heri ya sikukuu!
    }

error-retry =
    { $formality ->
        [informal] Aah, kuna kitu kimeharibika. Jaribu tena, msee.
       *[formal] Samahani, hitilafu imetokea. Tafadhali jaribu tena.
    }
    .title = Hitilafu imetokea
    .button-retry = Jaribu tena

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Unataka kufuta { $item }?
       *[formal] Je, ungependa kufuta { $item }?
    }
    .title = Futa?
    .button-yes = Futa
    .button-no = Ghairi

# $items (List of strings)
item-list = Orodha yako ina { LIST($items) }.

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0] Kikapu chako hakina kitu.
        [one] Una bidhaa { NUMBER($count) } kwenye kikapu chako.
       *[other] Una bidhaa { NUMBER($count) } kwenye kikapu chako.
    }

# $amount (Number), $currency (String, ISO 4217)
price = Bei yake ni { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = Nitakukumbusha tarehe { DATETIME($when, dateStyle: "long") } saa { DATETIME($when, timeStyle: "short") }.
    .title = Kikumbusho

goodbye =
    { $formality ->
        [informal] Poa, tutaonana! Siku njema.
       *[formal] Kwaheri! Uwe na siku njema.
    }
