# localekit core catalog: Hindi (India). Reference: locales/en-US/core.ftl.
# Register: formal आप is the pack default; informal तुम (never तू).
# The assistant's own gender is never marked (no सकता/सकती, दूँगा/दूँगी): subjunctive or passive.

-assistant-name = Nova

greeting = { $formality ->
        [informal] नमस्ते! बताओ, आज मैं तुम्हारी क्या मदद करूँ?
       *[formal] नमस्ते! बताइए, आज मैं आपकी क्या मदद करूँ?
    }
    .title = स्वागत है

greeting-name = { $formality ->
        [informal] नमस्ते { $name }! बताओ, आज मैं तुम्हारी क्या मदद करूँ?
       *[formal] नमस्ते { $name }! बताइए, आज मैं आपकी क्या मदद करूँ?
    }

assistant-intro = { $formality ->
        [informal] मैं { -assistant-name } हूँ, तुम्हारी मदद के लिए यहाँ हूँ।
       *[formal] मैं { -assistant-name } हूँ, आपकी मदद के लिए यहाँ हूँ।
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } मिनट का टाइमर सेट कर दिया गया है।
       *[other] { NUMBER($minutes) } मिनट का टाइमर सेट कर दिया गया है।
    }
    .title = टाइमर

# $temperature (Number): degrees; $city (String)
weather-now = { $city } में अभी तापमान { NUMBER($temperature, maximumFractionDigits: 0) }° है।
    .title = मौसम

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] तुम्हें नए साल की ढेर सारी शुभकामनाएँ!
               *[formal] आपको नए साल की हार्दिक शुभकामनाएँ!
            }
        [republic_day]
            { $formality ->
                [informal] तुम्हें गणतंत्र दिवस की ढेर सारी शुभकामनाएँ!
               *[formal] आपको गणतंत्र दिवस की हार्दिक शुभकामनाएँ!
            }
        [national_day]
            { $formality ->
                [informal] तुम्हें स्वतंत्रता दिवस की ढेर सारी शुभकामनाएँ!
               *[formal] आपको स्वतंत्रता दिवस की हार्दिक शुभकामनाएँ!
            }
        [diwali]
            { $formality ->
                [informal] तुम्हें दिवाली की ढेर सारी शुभकामनाएँ!
               *[formal] आपको दीपावली की हार्दिक शुभकामनाएँ!
            }
        [holi]
            { $formality ->
                [informal] तुम्हें होली की ढेर सारी शुभकामनाएँ!
               *[formal] आपको होली की हार्दिक शुभकामनाएँ!
            }
        [dussehra]
            { $formality ->
                [informal] तुम्हें दशहरे की ढेर सारी शुभकामनाएँ!
               *[formal] आपको दशहरे की हार्दिक शुभकामनाएँ!
            }
        [eid_al_fitr]
            { $formality ->
                [informal] ईद मुबारक! तुम्हें ईद की ढेर सारी शुभकामनाएँ।
               *[formal] ईद मुबारक! आपको ईद की हार्दिक शुभकामनाएँ।
            }
        [eid_al_adha]
            { $formality ->
                [informal] ईद-उल-अज़हा मुबारक! तुम्हें बकरीद की ढेर सारी शुभकामनाएँ।
               *[formal] ईद-उल-अज़हा मुबारक! आपको बकरीद की हार्दिक शुभकामनाएँ।
            }
        [christmas]
            { $formality ->
                [informal] तुम्हें क्रिसमस की ढेर सारी शुभकामनाएँ!
               *[formal] आपको क्रिसमस की हार्दिक शुभकामनाएँ!
            }
       *[other]
            { $formality ->
                [informal] तुम्हें ढेर सारी शुभकामनाएँ!
               *[formal] आपको हार्दिक शुभकामनाएँ!
            }
    }

error-retry = { $formality ->
        [informal] माफ़ करना, कुछ गड़बड़ हो गई। फिर से कोशिश करो।
       *[formal] माफ़ कीजिए, कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।
    }
    .title = कुछ गड़बड़ हो गई
    .button-retry = फिर कोशिश करें

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] क्या तुम { $item } हटाना चाहते हो?
       *[formal] क्या आप { $item } हटाना चाहते हैं?
    }
    .title = हटाएँ?
    .button-yes = हटाएँ
    .button-no = रद्द करें

# $items (List of strings)
item-list = { $formality ->
        [informal] तुम्हारी सूची में ये हैं: { LIST($items) }।
       *[formal] आपकी सूची में ये हैं: { LIST($items) }।
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] तुम्हारा कार्ट खाली है।
                [one] तुम्हारे कार्ट में { NUMBER($count) } आइटम है।
               *[other] तुम्हारे कार्ट में { NUMBER($count) } आइटम हैं।
            }
       *[formal]
            { $count ->
                [0] आपका कार्ट खाली है।
                [one] आपके कार्ट में { NUMBER($count) } आइटम है।
               *[other] आपके कार्ट में { NUMBER($count) } आइटम हैं।
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = इसकी कीमत { CURRENCY($amount, $currency) } है।

# $when (Date/time)
reminder-set = { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } को { DATETIME($when, timeStyle: "short") } पर तुम्हें याद दिलाया जाएगा।
       *[formal] { DATETIME($when, dateStyle: "long") } को { DATETIME($when, timeStyle: "short") } पर आपको याद दिलाया जाएगा।
    }
    .title = रिमाइंडर

goodbye = { $formality ->
        [informal] अलविदा! तुम्हारा दिन अच्छा रहे।
       *[formal] अलविदा! आपका दिन शुभ हो।
    }
