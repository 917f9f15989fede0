# localekit core catalog: Bangla (Bangladesh). Reference: locales/en-US/core.ftl.
# Register: formal আপনি is the pack default; informal তুমি (never তুই).

-assistant-name = Nova

greeting = { $formality ->
        [informal] হ্যালো! আজ তোমাকে কীভাবে সাহায্য করতে পারি?
       *[formal] হ্যালো! আজ আপনাকে কীভাবে সাহায্য করতে পারি?
    }
    .title = স্বাগতম

greeting-name = { $formality ->
        [informal] হ্যালো, { $name }! আজ তোমাকে কীভাবে সাহায্য করতে পারি?
       *[formal] হ্যালো, { $name }! আজ আপনাকে কীভাবে সাহায্য করতে পারি?
    }

assistant-intro = { $formality ->
        [informal] আমি { -assistant-name }, তোমার সহকারী।
       *[formal] আমি { -assistant-name }, আপনার সহকারী।
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } মিনিটের টাইমার সেট করা হয়েছে।
       *[other] { NUMBER($minutes) } মিনিটের টাইমার সেট করা হয়েছে।
    }
    .title = টাইমার

# $temperature (Number): degrees; $city (String)
weather-now = { $city }-এ এখন তাপমাত্রা { NUMBER($temperature, maximumFractionDigits: 0) }°।
    .title = আবহাওয়া

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [eid_al_fitr] ঈদ মোবারক!
        [eid_al_adha] ঈদুল আজহার শুভেচ্ছা! ঈদ মোবারক!
        [national_day] মহান স্বাধীনতা দিবসের শুভেচ্ছা!
        [victory_day] মহান বিজয় দিবসের শুভেচ্ছা!
        [regional_new_year] শুভ নববর্ষ!
       *[other] শুভেচ্ছা রইল!
    }

error-retry = { $formality ->
        [informal] দুঃখিত, কোনো সমস্যা হয়েছে। আবার চেষ্টা করো।
       *[formal] দুঃখিত, কোনো সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।
    }
    .title = কোনো সমস্যা হয়েছে
    .button-retry = আবার চেষ্টা করুন

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] তুমি কি { $item } মুছে ফেলতে চাও?
       *[formal] আপনি কি { $item } মুছে ফেলতে চান?
    }
    .title = মুছে ফেলবেন?
    .button-yes = মুছুন
    .button-no = বাতিল

# $items (List of strings)
item-list = { $formality ->
        [informal] তোমার তালিকায় আছে { LIST($items) }।
       *[formal] আপনার তালিকায় আছে { LIST($items) }।
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] তোমার কার্ট খালি।
                [one] তোমার কার্টে { NUMBER($count) }টি পণ্য আছে।
               *[other] তোমার কার্টে { NUMBER($count) }টি পণ্য আছে।
            }
       *[formal]
            { $count ->
                [0] আপনার কার্ট খালি।
                [one] আপনার কার্টে { NUMBER($count) }টি পণ্য আছে।
               *[other] আপনার কার্টে { NUMBER($count) }টি পণ্য আছে।
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = এর দাম { CURRENCY($amount, $currency) }।

# $when (Date/time)
reminder-set = { $formality ->
        [informal] আমি তোমাকে { DATETIME($when, dateStyle: "long") } তারিখে { DATETIME($when, timeStyle: "short") }-এ মনে করিয়ে দেব।
       *[formal] আমি আপনাকে { DATETIME($when, dateStyle: "long") } তারিখে { DATETIME($when, timeStyle: "short") }-এ মনে করিয়ে দেব।
    }
    .title = রিমাইন্ডার

goodbye = { $formality ->
        [informal] বিদায়! তোমার দিনটি ভালো কাটুক।
       *[formal] বিদায়! আপনার দিনটি ভালো কাটুক।
    }
