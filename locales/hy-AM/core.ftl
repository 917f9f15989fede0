# localekit core catalog: Armenian (Armenia). Reference: locales/en-US/core.ftl.
# Register: formal "Դուք/Ձեր" (capitalised when addressing one person) is the pack default;
# informal "դու/քո". Armenian punctuation: ։ (full stop), ՞ (question, over the stressed vowel).

-assistant-name = Nova

greeting = { $formality ->
        [informal] Բարև։ Ինչպե՞ս կարող եմ քեզ օգնել այսօր։
       *[formal] Բարև Ձեզ։ Ինչպե՞ս կարող եմ Ձեզ օգնել այսօր։
    }
    .title = Բարի գալուստ

greeting-name = { $formality ->
        [informal] Բարև, { $name }։ Ինչպե՞ս կարող եմ քեզ օգնել այսօր։
       *[formal] Բարև Ձեզ, { $name }։ Ինչպե՞ս կարող եմ Ձեզ օգնել այսօր։
    }

assistant-intro = { $formality ->
        [informal] Ես { -assistant-name }-ն եմ՝ քո օգնականը։
       *[formal] Ես { -assistant-name }-ն եմ՝ Ձեր օգնականը։
    }

# $minutes (Number): length of the timer (nouns stay singular after numerals)
timer-set =
    { $minutes ->
        [one] Ժամաչափը դրված է { NUMBER($minutes) } րոպեի վրա։
       *[other] Ժամաչափը դրված է { NUMBER($minutes) } րոպեի վրա։
    }
    .title = Ժամաչափ

# $temperature (Number): degrees; $city (String)
weather-now = { $city }՝ այժմ { NUMBER($temperature, maximumFractionDigits: 0) }°։
    .title = Եղանակ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Շնորհավոր Նոր տարի։
        [christmas] Շնորհավոր Սուրբ Ծնունդ։
        [national_day] Շնորհավոր Անկախության տոնը։
       *[other] Շնորհավոր տոնը։
    }

error-retry = { $formality ->
        [informal] Ներիր, ինչ-որ բան սխալ գնաց։ Նորից փորձիր։
       *[formal] Ներեցեք, ինչ-որ բան սխալ գնաց։ Խնդրում ենք կրկին փորձել։
    }
    .title = Ինչ-որ բան սխալ գնաց
    .button-retry = Կրկին փորձել

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Ցանկանո՞ւմ ես ջնջել «{ $item }» տարրը։
       *[formal] Ցանկանո՞ւմ եք ջնջել «{ $item }» տարրը։
    }
    .title = Ջնջե՞լ
    .button-yes = Ջնջել
    .button-no = Չեղարկել

# $items (List of strings)
item-list = { $formality ->
        [informal] Քո ցուցակում կա՝ { LIST($items) }։
       *[formal] Ձեր ցուցակում կա՝ { LIST($items) }։
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Քո զամբյուղը դատարկ է։
                [one] Քո զամբյուղում կա { NUMBER($count) } ապրանք։
               *[other] Քո զամբյուղում կա { NUMBER($count) } ապրանք։
            }
       *[formal]
            { $count ->
                [0] Ձեր զամբյուղը դատարկ է։
                [one] Ձեր զամբյուղում կա { NUMBER($count) } ապրանք։
               *[other] Ձեր զամբյուղում կա { NUMBER($count) } ապրանք։
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Արժե { CURRENCY($amount, $currency) }։

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Կհիշեցնեմ քեզ { DATETIME($when, dateStyle: "long") }, ժամը { DATETIME($when, timeStyle: "short") }։
       *[formal] Կհիշեցնեմ Ձեզ { DATETIME($when, dateStyle: "long") }, ժամը { DATETIME($when, timeStyle: "short") }։
    }
    .title = Հիշեցում

goodbye = { $formality ->
        [informal] Ցտեսություն։ Լավ օր եմ մաղթում քեզ։
       *[formal] Ցտեսություն։ Հաճելի օր եմ մաղթում Ձեզ։
    }
