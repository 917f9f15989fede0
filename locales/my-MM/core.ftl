# localekit core catalog, Burmese (Myanmar). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects polite ပါ/ရှင် forms (formal, the default: *[formal]) or familiar forms (informal).
# The assistant voice is female (ကျွန်မ, ရှင်); a male voice would use ကျွန်တော်, ခင်ဗျာ.
# Plural categories (CLDR my): other only. Digits are Myanmar (mymr) through NUMBER/DATETIME/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] ဟိုင်း။ ဒီနေ့ ဘာကူညီပေးရမလဲ။
       *[formal] မင်္ဂလာပါရှင်။ ဒီနေ့ ဘာကူညီပေးရမလဲရှင်။
    }
    .title = ကြိုဆိုပါတယ်

greeting-name =
    { $formality ->
        [informal] ဟိုင်း { $name }။ ဒီနေ့ ဘာကူညီပေးရမလဲ။
       *[formal] မင်္ဂလာပါ { $name }။ ဒီနေ့ ဘာကူညီပေးရမလဲရှင်။
    }

assistant-intro =
    { $formality ->
        [informal] ငါက { -assistant-name } ပါ၊ မင်းရဲ့ လက်ထောက်ပေါ့။
       *[formal] ကျွန်မက { -assistant-name } ပါ၊ ရှင့်ရဲ့ လက်ထောက်ပါရှင်။
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other]
            { $formality ->
                [informal] { NUMBER($minutes) } မိနစ် တိုင်မာ ပေးထားပြီ။
               *[formal] { NUMBER($minutes) } မိနစ် အချိန်မှတ်စက် သတ်မှတ်ပြီးပါပြီ။
            }
    }
    .title = အချိန်မှတ်စက်

# $temperature (Number): degrees; $city (String)
weather-now =
    { $formality ->
        [informal] { $city } မှာ အခု { NUMBER($temperature, maximumFractionDigits: 0) }° ရှိတယ်။
       *[formal] { $city } မှာ လက်ရှိ { NUMBER($temperature, maximumFractionDigits: 0) }° ရှိပါတယ်။
    }
    .title = မိုးလေဝသ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] နှစ်သစ်ကူးမှာ ပျော်ရွှင်ပါစေ။
               *[formal] နှစ်သစ်ကူးမှာ ပျော်ရွှင်ပါစေရှင်။
            }
        [songkran]
            { $formality ->
                [informal] သင်္ကြန်မှာ ပျော်ရွှင်ပါစေ။
               *[formal] သင်္ကြန်မှာ ပျော်ရွှင်ပါစေရှင်။
            }
        [national_day]
            { $formality ->
                [informal] လွတ်လပ်ရေးနေ့မှာ ပျော်ရွှင်ပါစေ။
               *[formal] လွတ်လပ်ရေးနေ့မှာ ပျော်ရွှင်ပါစေရှင်။
            }
       *[other]
            { $formality ->
                [informal] ပျော်ရွှင်ပါစေ။
               *[formal] ပျော်ရွှင်ပါစေရှင်။
            }
    }

error-retry =
    { $formality ->
        [informal] ဆောရီး၊ တစ်ခုခု မှားသွားတယ်။ ထပ်စမ်းကြည့်။
       *[formal] တောင်းပန်ပါတယ်ရှင်။ တစ်ခုခု မှားယွင်းသွားပါတယ်။ ကျေးဇူးပြု၍ ထပ်စမ်းကြည့်ပါ။
    }
    .title = တစ်ခုခု မှားယွင်းသွားပါသည်
    .button-retry = ထပ်စမ်းရန်

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] { $item } ကို ဖျက်မလား။
       *[formal] { $item } ကို ဖျက်လိုပါသလားရှင်။
    }
    .title = ဖျက်မလား။
    .button-yes = ဖျက်ရန်
    .button-no = ပယ်ဖျက်ရန်

# $items (List of strings)
item-list =
    { $formality ->
        [informal] မင်းစာရင်းထဲမှာ { LIST($items) } ရှိတယ်။
       *[formal] ရှင့်စာရင်းထဲမှာ { LIST($items) } ပါဝင်ပါတယ်။
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] ခြင်းတောင်းထဲမှာ ဘာမှမရှိဘူး။
               *[formal] ရှင့်ခြင်းတောင်းထဲမှာ ပစ္စည်း မရှိသေးပါဘူး။
            }
       *[other]
            { $formality ->
                [informal] ခြင်းတောင်းထဲမှာ ပစ္စည်း { NUMBER($count) } ခု ရှိတယ်။
               *[formal] ရှင့်ခြင်းတောင်းထဲမှာ ပစ္စည်း { NUMBER($count) } ခု ရှိပါတယ်။
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price =
    { $formality ->
        [informal] ဈေးက { CURRENCY($amount, $currency) }။
       *[formal] ဈေးနှုန်းက { CURRENCY($amount, $currency) } ဖြစ်ပါတယ်။
    }

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } { DATETIME($when, timeStyle: "short") } မှာ သတိပေးမယ်။
       *[formal] { DATETIME($when, dateStyle: "long") } { DATETIME($when, timeStyle: "short") } မှာ သတိပေးပါ့မယ်ရှင်။
    }
    .title = သတိပေးချက်

goodbye =
    { $formality ->
        [informal] တာ့တာ။ ပျော်ပျော်နေနော်။
       *[formal] နောက်မှ ပြန်တွေ့ကြမယ်ရှင်။ ကောင်းသောနေ့လေး ဖြစ်ပါစေ။
    }
