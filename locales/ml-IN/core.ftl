# localekit core catalog, Malayalam (India). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects നിങ്ങൾ (formal, the default: *[formal]) or നീ (informal).
# Plural categories (CLDR ml): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] ഹായ്! ഇന്ന് ഞാൻ നിന്നെ എങ്ങനെ സഹായിക്കണം?
       *[formal] നമസ്കാരം! ഇന്ന് ഞാൻ നിങ്ങളെ എങ്ങനെ സഹായിക്കണം?
    }
    .title = സ്വാഗതം

greeting-name =
    { $formality ->
        [informal] ഹായ് { $name }! ഇന്ന് ഞാൻ നിന്നെ എങ്ങനെ സഹായിക്കണം?
       *[formal] നമസ്കാരം { $name }! ഇന്ന് ഞാൻ നിങ്ങളെ എങ്ങനെ സഹായിക്കണം?
    }

assistant-intro =
    { $formality ->
        [informal] ഞാൻ { -assistant-name }, നിന്റെ അസിസ്റ്റന്റ്.
       *[formal] ഞാൻ { -assistant-name }, നിങ്ങളുടെ അസിസ്റ്റന്റ്.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } മിനിറ്റിലേക്ക് ടൈമർ സജ്ജീകരിച്ചു.
       *[other] { NUMBER($minutes) } മിനിറ്റിലേക്ക് ടൈമർ സജ്ജീകരിച്ചു.
    }
    .title = ടൈമർ

# $temperature (Number): degrees; $city (String)
weather-now = { $city } നഗരത്തിൽ ഇപ്പോൾ { NUMBER($temperature, maximumFractionDigits: 0) }° ആണ്.
    .title = കാലാവസ്ഥ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [onam] ഓണാശംസകൾ!
        [vishu] വിഷു ആശംസകൾ!
        [republic_day] റിപ്പബ്ലിക് ദിനാശംസകൾ!
        [national_day] സ്വാതന്ത്ര്യദിനാശംസകൾ!
        [christmas] ക്രിസ്മസ് ആശംസകൾ!
        [easter] ഈസ്റ്റർ ആശംസകൾ!
        [eid_al_fitr] ചെറിയ പെരുന്നാൾ ആശംസകൾ!
        [eid_al_adha] ബലിപെരുന്നാൾ ആശംസകൾ!
        [diwali] ദീപാവലി ആശംസകൾ!
       *[other]
            { $formality ->
                [informal] നിനക്ക് ആശംസകൾ!
               *[formal] നിങ്ങൾക്ക് ആശംസകൾ!
            }
    }

error-retry =
    { $formality ->
        [informal] അയ്യോ, എന്തോ പ്രശ്നമുണ്ടായി. ഒന്നുകൂടി ശ്രമിക്ക്.
       *[formal] ക്ഷമിക്കണം, എന്തോ പിശക് സംഭവിച്ചു. ദയവായി വീണ്ടും ശ്രമിക്കുക.
    }
    .title = എന്തോ പിശക് സംഭവിച്ചു
    .button-retry = വീണ്ടും ശ്രമിക്കുക

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] നിനക്ക് { $item } ഡിലീറ്റ് ചെയ്യണോ?
       *[formal] നിങ്ങൾക്ക് { $item } ഇല്ലാതാക്കണോ?
    }
    .title = ഇല്ലാതാക്കണോ?
    .button-yes = ഇല്ലാതാക്കുക
    .button-no = റദ്ദാക്കുക

# $items (List of strings)
item-list =
    { $formality ->
        [informal] നിന്റെ ലിസ്റ്റിൽ { LIST($items) } ഉണ്ട്.
       *[formal] നിങ്ങളുടെ ലിസ്റ്റിൽ { LIST($items) } ഉണ്ട്.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] നിന്റെ കാർട്ട് കാലിയാണ്.
               *[formal] നിങ്ങളുടെ കാർട്ട് ശൂന്യമാണ്.
            }
        [one]
            { $formality ->
                [informal] നിന്റെ കാർട്ടിൽ { NUMBER($count) } ഇനം ഉണ്ട്.
               *[formal] നിങ്ങളുടെ കാർട്ടിൽ { NUMBER($count) } ഇനം ഉണ്ട്.
            }
       *[other]
            { $formality ->
                [informal] നിന്റെ കാർട്ടിൽ { NUMBER($count) } ഇനങ്ങൾ ഉണ്ട്.
               *[formal] നിങ്ങളുടെ കാർട്ടിൽ { NUMBER($count) } ഇനങ്ങൾ ഉണ്ട്.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = ഇതിന്റെ വില { CURRENCY($amount, $currency) } ആണ്.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") }-ന് ഞാൻ നിന്നെ ഓർമ്മിപ്പിക്കാം.
       *[formal] { DATETIME($when, dateStyle: "long") }, { DATETIME($when, timeStyle: "short") }-ന് ഞാൻ നിങ്ങളെ ഓർമ്മിപ്പിക്കാം.
    }
    .title = ഓർമ്മപ്പെടുത്തൽ

goodbye =
    { $formality ->
        [informal] ബൈ! നല്ലൊരു ദിവസമാകട്ടെ.
       *[formal] വിട! നിങ്ങൾക്ക് ഒരു നല്ല ദിവസം ആശംസിക്കുന്നു.
    }
