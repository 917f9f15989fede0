# localekit core catalog, Kannada (India). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects ನೀವು (formal, the default: *[formal]) or ನೀನು (informal).
# Plural categories (CLDR kn): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] ಹಾಯ್! ಇವತ್ತು ನಾನು ನಿನಗೆ ಹೇಗೆ ಸಹಾಯ ಮಾಡಲಿ?
       *[formal] ನಮಸ್ಕಾರ! ಇಂದು ನಾನು ನಿಮಗೆ ಹೇಗೆ ಸಹಾಯ ಮಾಡಲಿ?
    }
    .title = ಸ್ವಾಗತ

greeting-name =
    { $formality ->
        [informal] ಹಾಯ್ { $name }! ಇವತ್ತು ನಾನು ನಿನಗೆ ಹೇಗೆ ಸಹಾಯ ಮಾಡಲಿ?
       *[formal] ನಮಸ್ಕಾರ { $name }! ಇಂದು ನಾನು ನಿಮಗೆ ಹೇಗೆ ಸಹಾಯ ಮಾಡಲಿ?
    }

assistant-intro =
    { $formality ->
        [informal] ನಾನು { -assistant-name }, ನಿನ್ನ ಸಹಾಯಕಿ.
       *[formal] ನಾನು { -assistant-name }, ನಿಮ್ಮ ಸಹಾಯಕಿ.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] { NUMBER($minutes) } ನಿಮಿಷಕ್ಕೆ ಟೈಮರ್ ಹೊಂದಿಸಲಾಗಿದೆ.
       *[other] { NUMBER($minutes) } ನಿಮಿಷಗಳಿಗೆ ಟೈಮರ್ ಹೊಂದಿಸಲಾಗಿದೆ.
    }
    .title = ಟೈಮರ್

# $temperature (Number): degrees; $city (String)
weather-now = { $city } ನಗರದಲ್ಲಿ ಈಗ { NUMBER($temperature, maximumFractionDigits: 0) }° ಇದೆ.
    .title = ಹವಾಮಾನ

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [regional_new_year]
            { $formality ->
                [informal] ನಿನಗೆ ಯುಗಾದಿ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ಯುಗಾದಿ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
            }
        [republic_day]
            { $formality ->
                [informal] ನಿನಗೆ ಗಣರಾಜ್ಯೋತ್ಸವದ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ಗಣರಾಜ್ಯೋತ್ಸವದ ಶುಭಾಶಯಗಳು!
            }
        [national_day]
            { $formality ->
                [informal] ನಿನಗೆ ಸ್ವಾತಂತ್ರ್ಯ ದಿನಾಚರಣೆಯ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ಸ್ವಾತಂತ್ರ್ಯ ದಿನಾಚರಣೆಯ ಶುಭಾಶಯಗಳು!
            }
        [pongal]
            { $formality ->
                [informal] ನಿನಗೆ ಮಕರ ಸಂಕ್ರಾಂತಿಯ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ಮಕರ ಸಂಕ್ರಾಂತಿಯ ಶುಭಾಶಯಗಳು!
            }
        [dussehra]
            { $formality ->
                [informal] ನಿನಗೆ ದಸರಾ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ದಸರಾ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
            }
        [diwali]
            { $formality ->
                [informal] ನಿನಗೆ ದೀಪಾವಳಿ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ದೀಪಾವಳಿ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
            }
        [christmas]
            { $formality ->
                [informal] ನಿನಗೆ ಕ್ರಿಸ್ಮಸ್ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ಕ್ರಿಸ್ಮಸ್ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
            }
        [eid_al_fitr] ಈದ್ ಮುಬಾರಕ್! ರಂಜಾನ್ ಹಬ್ಬದ ಶುಭಾಶಯಗಳು!
       *[other]
            { $formality ->
                [informal] ನಿನಗೆ ಶುಭಾಶಯಗಳು!
               *[formal] ನಿಮಗೆ ಶುಭಾಶಯಗಳು!
            }
    }

error-retry =
    { $formality ->
        [informal] ಅಯ್ಯೋ, ಏನೋ ತಪ್ಪಾಯ್ತು. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸು.
       *[formal] ಕ್ಷಮಿಸಿ, ಏನೋ ತಪ್ಪಾಗಿದೆ. ದಯವಿಟ್ಟು ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
    }
    .title = ಏನೋ ತಪ್ಪಾಗಿದೆ
    .button-retry = ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] ನೀನು { $item } ಅಳಿಸಬೇಕಾ?
       *[formal] ನೀವು { $item } ಅಳಿಸಲು ಬಯಸುತ್ತೀರಾ?
    }
    .title = ಅಳಿಸಬೇಕೇ?
    .button-yes = ಅಳಿಸಿ
    .button-no = ರದ್ದುಮಾಡಿ

# $items (List of strings)
item-list =
    { $formality ->
        [informal] ನಿನ್ನ ಪಟ್ಟಿಯಲ್ಲಿ { LIST($items) } ಇವೆ.
       *[formal] ನಿಮ್ಮ ಪಟ್ಟಿಯಲ್ಲಿ { LIST($items) } ಇವೆ.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] ನಿನ್ನ ಕಾರ್ಟ್ ಖಾಲಿ ಇದೆ.
               *[formal] ನಿಮ್ಮ ಕಾರ್ಟ್ ಖಾಲಿಯಾಗಿದೆ.
            }
        [one]
            { $formality ->
                [informal] ನಿನ್ನ ಕಾರ್ಟ್‌ನಲ್ಲಿ { NUMBER($count) } ವಸ್ತು ಇದೆ.
               *[formal] ನಿಮ್ಮ ಕಾರ್ಟ್‌ನಲ್ಲಿ { NUMBER($count) } ವಸ್ತು ಇದೆ.
            }
       *[other]
            { $formality ->
                [informal] ನಿನ್ನ ಕಾರ್ಟ್‌ನಲ್ಲಿ { NUMBER($count) } ವಸ್ತುಗಳಿವೆ.
               *[formal] ನಿಮ್ಮ ಕಾರ್ಟ್‌ನಲ್ಲಿ { NUMBER($count) } ವಸ್ತುಗಳಿವೆ.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = ಇದರ ಬೆಲೆ { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] { DATETIME($when, dateStyle: "long") } ರಂದು { DATETIME($when, timeStyle: "short") }ಕ್ಕೆ ನಿನಗೆ ನೆನಪಿಸುತ್ತೇನೆ.
       *[formal] { DATETIME($when, dateStyle: "long") } ರಂದು { DATETIME($when, timeStyle: "short") }ಕ್ಕೆ ನಿಮಗೆ ನೆನಪಿಸುತ್ತೇನೆ.
    }
    .title = ಜ್ಞಾಪನೆ

goodbye =
    { $formality ->
        [informal] ಬಾಯ್! ನಿನ್ನ ದಿನ ಚೆನ್ನಾಗಿರಲಿ.
       *[formal] ಹೋಗಿ ಬನ್ನಿ! ನಿಮ್ಮ ದಿನ ಶುಭವಾಗಿರಲಿ.
    }
