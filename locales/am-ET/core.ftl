# localekit core catalog: Amharic (Ethiopia). Reference: locales/en-US/core.ftl.
# Register: formal (honorific እርስዎ, gender-neutral) is the pack default; the informal variants
# use masculine አንተ forms, since informal Amharic must pick a gender.

-assistant-name = Nova

greeting = { $formality ->
        [informal] ሰላም! ዛሬ በምን ልርዳህ?
       *[formal] ሰላም! ዛሬ በምን ልርዳዎት?
    }
    .title = እንኳን ደህና መጡ

greeting-name = { $formality ->
        [informal] ሰላም { $name }! ዛሬ በምን ልርዳህ?
       *[formal] ሰላም { $name }! ዛሬ በምን ልርዳዎት?
    }

assistant-intro = { $formality ->
        [informal] እኔ { -assistant-name } ነኝ፣ ያንተ ረዳት።
       *[formal] እኔ { -assistant-name } ነኝ፣ የእርስዎ ረዳት።
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] ሰዓት ቆጣሪው ለ{ NUMBER($minutes) } ደቂቃ ተቀናብሯል።
       *[other] ሰዓት ቆጣሪው ለ{ NUMBER($minutes) } ደቂቃ ተቀናብሯል።
    }
    .title = ሰዓት ቆጣሪ

# $temperature (Number): degrees; $city (String)
weather-now = በ{ $city } አሁን ያለው የሙቀት መጠን { NUMBER($temperature, maximumFractionDigits: 0) }° ነው።
    .title = የአየር ሁኔታ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] እንኳን ለአዲሱ ዓመት በሰላም አደረሳችሁ!
        [christmas] እንኳን ለገና በዓል በሰላም አደረሳችሁ!
        [epiphany] እንኳን ለጥምቀት በዓል በሰላም አደረሳችሁ!
        [easter] እንኳን ለፋሲካ በዓል በሰላም አደረሳችሁ!
        [meskel] እንኳን ለመስቀል በዓል በሰላም አደረሳችሁ!
        [eid_al_fitr] ኢድ ሙባረክ! እንኳን ለዒድ አል ፈጥር በዓል በሰላም አደረሳችሁ!
        [eid_al_adha] ኢድ ሙባረክ! እንኳን ለአረፋ በዓል በሰላም አደረሳችሁ!
        [national_day] እንኳን ለዓድዋ ድል በዓል በሰላም አደረሳችሁ!
       *[other] መልካም በዓል!
    }

error-retry = { $formality ->
        [informal] ይቅርታ፣ ችግር ተፈጥሯል። እባክህ እንደገና ሞክር።
       *[formal] ይቅርታ፣ ችግር ተፈጥሯል። እባክዎ እንደገና ይሞክሩ።
    }
    .title = ችግር ተፈጥሯል
    .button-retry = እንደገና ሞክር

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] { $item } መሰረዝ ትፈልጋለህ?
       *[formal] { $item } መሰረዝ ይፈልጋሉ?
    }
    .title = ይሰረዝ?
    .button-yes = ሰርዝ
    .button-no = ይቅር

# $items (List of strings)
item-list = { $formality ->
        [informal] ዝርዝርህ { LIST($items) } ይዟል።
       *[formal] ዝርዝርዎ { LIST($items) } ይዟል።
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] ጋሪህ ባዶ ነው።
                [one] በጋሪህ ውስጥ { NUMBER($count) } ዕቃ አለ።
               *[other] በጋሪህ ውስጥ { NUMBER($count) } ዕቃዎች አሉ።
            }
       *[formal]
            { $count ->
                [0] ጋሪዎ ባዶ ነው።
                [one] በጋሪዎ ውስጥ { NUMBER($count) } ዕቃ አለ።
               *[other] በጋሪዎ ውስጥ { NUMBER($count) } ዕቃዎች አሉ።
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = ዋጋው { CURRENCY($amount, $currency) } ነው።

# $when (Date/time)
reminder-set = { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } በ{ DATETIME($when, timeStyle: "short") } አስታውስሃለሁ።
       *[formal] { DATETIME($when, dateStyle: "long") } በ{ DATETIME($when, timeStyle: "short") } አስታውስዎታለሁ።
    }
    .title = ማስታወሻ

goodbye = { $formality ->
        [informal] ደህና ሁን! መልካም ቀን ይሁንልህ።
       *[formal] ደህና ይሁኑ! መልካም ቀን ይሁንልዎ።
    }
