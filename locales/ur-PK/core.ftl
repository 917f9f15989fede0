# localekit core catalog, Urdu (Pakistan). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects آپ (formal, the default: *[formal]) or تم (informal). The assistant speaks
# in the feminine (سکتی ہوں، دوں گی). Plural categories (CLDR ur): one, other.
# Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] ہیلو! آج میں تمہاری کیا مدد کروں؟
       *[formal] السلام علیکم! آج میں آپ کی کیا مدد کر سکتی ہوں؟
    }
    .title = خوش آمدید

greeting-name =
    { $formality ->
        [informal] ہیلو { $name }! آج میں تمہاری کیا مدد کروں؟
       *[formal] السلام علیکم { $name }! آج میں آپ کی کیا مدد کر سکتی ہوں؟
    }

assistant-intro =
    { $formality ->
        [informal] میں { -assistant-name } ہوں، تمہاری اسسٹنٹ۔
       *[formal] میں { -assistant-name } ہوں، آپ کی اسسٹنٹ۔
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } منٹ کا ٹائمر لگا دیا گیا ہے۔
       *[other] { NUMBER($minutes) } منٹ کا ٹائمر لگا دیا گیا ہے۔
    }
    .title = ٹائمر

# $temperature (Number): degrees; $city (String)
weather-now = { $city } میں اس وقت درجۂ حرارت { NUMBER($temperature, maximumFractionDigits: 0) }° ہے۔
    .title = موسم

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [eid_al_fitr]
            { $formality ->
                [informal] تمہیں عید مبارک ہو!
               *[formal] آپ کو عید مبارک ہو!
            }
        [eid_al_adha]
            { $formality ->
                [informal] تمہیں عید الاضحیٰ مبارک ہو!
               *[formal] آپ کو عید الاضحیٰ مبارک ہو!
            }
        [national_day] یومِ آزادی مبارک!
        [mawlid] عیدِ میلادالنبی ﷺ مبارک!
       *[other]
            { $formality ->
                [informal] تمہارے لیے نیک تمنائیں!
               *[formal] آپ کے لیے نیک تمنائیں!
            }
    }

error-retry =
    { $formality ->
        [informal] اوہ، کچھ گڑبڑ ہو گئی۔ دوبارہ کوشش کرو۔
       *[formal] معذرت، کچھ غلط ہو گیا۔ براہِ کرم دوبارہ کوشش کیجیے۔
    }
    .title = کچھ غلط ہو گیا
    .button-retry = دوبارہ کوشش

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] کیا تم { $item } حذف کرنا چاہتے ہو؟
       *[formal] کیا آپ { $item } حذف کرنا چاہتے ہیں؟
    }
    .title = حذف کریں؟
    .button-yes = حذف کریں
    .button-no = منسوخ کریں

# $items (List of strings)
item-list =
    { $formality ->
        [informal] تمہاری فہرست میں { LIST($items) } ہیں۔
       *[formal] آپ کی فہرست میں { LIST($items) } شامل ہیں۔
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] تمہاری ٹوکری خالی ہے۔
               *[formal] آپ کی ٹوکری خالی ہے۔
            }
        [one]
            { $formality ->
                [informal] تمہاری ٹوکری میں { NUMBER($count) } چیز ہے۔
               *[formal] آپ کی ٹوکری میں { NUMBER($count) } چیز ہے۔
            }
       *[other]
            { $formality ->
                [informal] تمہاری ٹوکری میں { NUMBER($count) } چیزیں ہیں۔
               *[formal] آپ کی ٹوکری میں { NUMBER($count) } چیزیں ہیں۔
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = اس کی قیمت { CURRENCY($amount, $currency) } ہے۔

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] میں تمہیں { DATETIME($when, dateStyle: "long") } کو { DATETIME($when, timeStyle: "short") } پر یاد دلا دوں گی۔
       *[formal] میں آپ کو { DATETIME($when, dateStyle: "long") } کو { DATETIME($when, timeStyle: "short") } پر یاد دلا دوں گی۔
    }
    .title = یاد دہانی

goodbye =
    { $formality ->
        [informal] اچھا، خدا حافظ! دن اچھا گزرے۔
       *[formal] خدا حافظ! آپ کا دن اچھا گزرے۔
    }
