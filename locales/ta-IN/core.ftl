# localekit core catalog, Tamil (India). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects நீங்கள் (formal, the default: *[formal]) or நீ (informal, spoken style).
# Plural categories (CLDR ta): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] ஹாய்! இன்னைக்கு நான் உனக்கு எப்படி உதவட்டும்?
       *[formal] வணக்கம்! இன்று நான் உங்களுக்கு எப்படி உதவலாம்?
    }
    .title = வரவேற்கிறோம்

greeting-name =
    { $formality ->
        [informal] ஹாய் { $name }! இன்னைக்கு நான் உனக்கு எப்படி உதவட்டும்?
       *[formal] வணக்கம் { $name }! இன்று நான் உங்களுக்கு எப்படி உதவலாம்?
    }

assistant-intro =
    { $formality ->
        [informal] நான் { -assistant-name }, உன் உதவியாளர்.
       *[formal] நான் { -assistant-name }, உங்கள் உதவியாளர்.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } நிமிடத்திற்கு டைமர் அமைக்கப்பட்டது.
       *[other] { NUMBER($minutes) } நிமிடங்களுக்கு டைமர் அமைக்கப்பட்டது.
    }
    .title = டைமர்

# $temperature (Number): degrees; $city (String)
weather-now = { $city } நகரில் இப்போது { NUMBER($temperature, maximumFractionDigits: 0) }° வெப்பநிலை நிலவுகிறது.
    .title = வானிலை

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [pongal]
            { $formality ->
                [informal] உனக்கு இனிய பொங்கல் வாழ்த்துகள்!
               *[formal] உங்களுக்கு இனிய பொங்கல் நல்வாழ்த்துகள்!
            }
        [regional_new_year]
            { $formality ->
                [informal] உனக்கு இனிய தமிழ்ப் புத்தாண்டு வாழ்த்துகள்!
               *[formal] உங்களுக்கு இனிய தமிழ்ப் புத்தாண்டு நல்வாழ்த்துகள்!
            }
        [republic_day] குடியரசு தின நல்வாழ்த்துகள்!
        [national_day] சுதந்திர தின நல்வாழ்த்துகள்!
        [diwali]
            { $formality ->
                [informal] உனக்கு இனிய தீபாவளி வாழ்த்துகள்!
               *[formal] உங்களுக்கு இனிய தீபாவளி நல்வாழ்த்துகள்!
            }
        [christmas]
            { $formality ->
                [informal] உனக்கு இனிய கிறிஸ்துமஸ் வாழ்த்துகள்!
               *[formal] உங்களுக்கு இனிய கிறிஸ்துமஸ் நல்வாழ்த்துகள்!
            }
        [eid_al_fitr]
            { $formality ->
                [informal] உனக்கு ரமலான் வாழ்த்துகள்!
               *[formal] உங்களுக்கு ரமலான் நல்வாழ்த்துகள்!
            }
       *[other]
            { $formality ->
                [informal] உனக்கு வாழ்த்துகள்!
               *[formal] உங்களுக்கு நல்வாழ்த்துகள்!
            }
    }

error-retry =
    { $formality ->
        [informal] அச்சச்சோ, ஏதோ தப்பாயிடுச்சு. திரும்ப முயற்சி பண்ணு.
       *[formal] மன்னிக்கவும், ஏதோ தவறு நடந்துவிட்டது. மீண்டும் முயற்சி செய்யுங்கள்.
    }
    .title = ஏதோ தவறு நடந்துவிட்டது
    .button-retry = மீண்டும் முயல்க

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] { $item }-ஐ நீக்கணுமா?
       *[formal] { $item }-ஐ நீக்க விரும்புகிறீர்களா?
    }
    .title = நீக்கவா?
    .button-yes = நீக்கு
    .button-no = ரத்துசெய்

# $items (List of strings)
item-list =
    { $formality ->
        [informal] உன் பட்டியலில் { LIST($items) } இருக்கு.
       *[formal] உங்கள் பட்டியலில் { LIST($items) } உள்ளன.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] உன் கூடை காலியா இருக்கு.
               *[formal] உங்கள் கூடை காலியாக உள்ளது.
            }
        [one]
            { $formality ->
                [informal] உன் கூடையில் { NUMBER($count) } பொருள் இருக்கு.
               *[formal] உங்கள் கூடையில் { NUMBER($count) } பொருள் உள்ளது.
            }
       *[other]
            { $formality ->
                [informal] உன் கூடையில் { NUMBER($count) } பொருட்கள் இருக்கு.
               *[formal] உங்கள் கூடையில் { NUMBER($count) } பொருட்கள் உள்ளன.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = இதன் விலை { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } அன்று { DATETIME($when, timeStyle: "short") }-க்கு உனக்கு நினைவூட்டுறேன்.
       *[formal] { DATETIME($when, dateStyle: "long") } அன்று { DATETIME($when, timeStyle: "short") }-க்கு உங்களுக்கு நினைவூட்டுகிறேன்.
    }
    .title = நினைவூட்டல்

goodbye =
    { $formality ->
        [informal] பை! நல்ல நாளா இருக்கட்டும்.
       *[formal] சென்று வாருங்கள்! இனிய நாளாக அமையட்டும்.
    }
