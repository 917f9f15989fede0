# localekit core catalog, Telugu (India). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects మీరు (formal, the default: *[formal]) or నువ్వు (informal).
# Plural categories (CLDR te): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] హాయ్! ఈ రోజు నేను నీకు ఎలా సహాయం చేయగలను?
       *[formal] నమస్కారం! ఈ రోజు నేను మీకు ఎలా సహాయం చేయగలను?
    }
    .title = స్వాగతం

greeting-name =
    { $formality ->
        [informal] హాయ్ { $name }! ఈ రోజు నేను నీకు ఎలా సహాయం చేయగలను?
       *[formal] నమస్కారం { $name } గారు! ఈ రోజు నేను మీకు ఎలా సహాయం చేయగలను?
    }

assistant-intro =
    { $formality ->
        [informal] నేను { -assistant-name }, నీ సహాయకురాలిని.
       *[formal] నేను { -assistant-name }, మీ సహాయకురాలిని.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } నిమిషానికి టైమర్ సెట్ చేశాను.
       *[other] { NUMBER($minutes) } నిమిషాలకు టైమర్ సెట్ చేశాను.
    }
    .title = టైమర్

# $temperature (Number): degrees; $city (String)
weather-now = { $city } నగరంలో ప్రస్తుతం { NUMBER($temperature, maximumFractionDigits: 0) }° ఉంది.
    .title = వాతావరణం

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [regional_new_year]
            { $formality ->
                [informal] నీకు ఉగాది శుభాకాంక్షలు!
               *[formal] మీకు ఉగాది శుభాకాంక్షలు!
            }
        [pongal]
            { $formality ->
                [informal] నీకు సంక్రాంతి శుభాకాంక్షలు!
               *[formal] మీకు సంక్రాంతి శుభాకాంక్షలు!
            }
        [republic_day] గణతంత్ర దినోత్సవ శుభాకాంక్షలు!
        [national_day] స్వాతంత్ర్య దినోత్సవ శుభాకాంక్షలు!
        [dussehra]
            { $formality ->
                [informal] నీకు దసరా శుభాకాంక్షలు!
               *[formal] మీకు దసరా శుభాకాంక్షలు!
            }
        [diwali]
            { $formality ->
                [informal] నీకు దీపావళి శుభాకాంక్షలు!
               *[formal] మీకు దీపావళి శుభాకాంక్షలు!
            }
        [christmas]
            { $formality ->
                [informal] నీకు క్రిస్మస్ శుభాకాంక్షలు!
               *[formal] మీకు క్రిస్మస్ శుభాకాంక్షలు!
            }
        [eid_al_fitr]
            { $formality ->
                [informal] నీకు రంజాన్ శుభాకాంక్షలు!
               *[formal] మీకు రంజాన్ శుభాకాంక్షలు!
            }
       *[other]
            { $formality ->
                [informal] నీకు శుభాకాంక్షలు!
               *[formal] మీకు శుభాకాంక్షలు!
            }
    }

error-retry =
    { $formality ->
        [informal] అయ్యో, ఏదో తేడా వచ్చింది. మళ్ళీ ప్రయత్నించు.
       *[formal] క్షమించండి, ఏదో పొరపాటు జరిగింది. దయచేసి మళ్ళీ ప్రయత్నించండి.
    }
    .title = ఏదో పొరపాటు జరిగింది
    .button-retry = మళ్ళీ ప్రయత్నించండి

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] నువ్వు { $item }ను తొలగించాలనుకుంటున్నావా?
       *[formal] మీరు { $item }ను తొలగించాలనుకుంటున్నారా?
    }
    .title = తొలగించాలా?
    .button-yes = తొలగించు
    .button-no = రద్దు చేయి

# $items (List of strings)
item-list =
    { $formality ->
        [informal] నీ జాబితాలో { LIST($items) } ఉన్నాయి.
       *[formal] మీ జాబితాలో { LIST($items) } ఉన్నాయి.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] నీ కార్ట్ ఖాళీగా ఉంది.
               *[formal] మీ కార్ట్ ఖాళీగా ఉంది.
            }
        [one]
            { $formality ->
                [informal] నీ కార్ట్‌లో { NUMBER($count) } వస్తువు ఉంది.
               *[formal] మీ కార్ట్‌లో { NUMBER($count) } వస్తువు ఉంది.
            }
       *[other]
            { $formality ->
                [informal] నీ కార్ట్‌లో { NUMBER($count) } వస్తువులు ఉన్నాయి.
               *[formal] మీ కార్ట్‌లో { NUMBER($count) } వస్తువులు ఉన్నాయి.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = దీని ధర { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } న { DATETIME($when, timeStyle: "short") } కి నీకు గుర్తు చేస్తాను.
       *[formal] { DATETIME($when, dateStyle: "long") } న { DATETIME($when, timeStyle: "short") } కి మీకు గుర్తు చేస్తాను.
    }
    .title = రిమైండర్

goodbye =
    { $formality ->
        [informal] బై! నీ రోజు బాగుండాలి.
       *[formal] వెళ్ళిరండి! మీ రోజు శుభంగా సాగాలి.
    }
