# localekit core catalog: Greek (Greece). Reference: locales/en-US/core.ftl.
# Register: formal polite plural (εσείς/σας) is the pack default; informal εσύ/σου.
# The Greek question mark is ";".

-assistant-name = Nova

greeting = { $formality ->
        [informal] Γεια σου! Πώς μπορώ να σε βοηθήσω σήμερα;
       *[formal] Γεια σας! Πώς μπορώ να σας βοηθήσω σήμερα;
    }
    .title = Καλώς ήρθατε

greeting-name = { $formality ->
        [informal] Γεια σου, { $name }! Πώς μπορώ να σε βοηθήσω σήμερα;
       *[formal] Γεια σας, { $name }! Πώς μπορώ να σας βοηθήσω σήμερα;
    }

assistant-intro = { $formality ->
        [informal] Είμαι { -assistant-name }, ο βοηθός σου.
       *[formal] Είμαι { -assistant-name }, ο βοηθός σας.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Ο χρονοδιακόπτης ρυθμίστηκε στο { NUMBER($minutes) } λεπτό.
       *[other] Ο χρονοδιακόπτης ρυθμίστηκε στα { NUMBER($minutes) } λεπτά.
    }
    .title = Χρονοδιακόπτης

# $temperature (Number): degrees; $city (String)
weather-now = Η θερμοκρασία στην πόλη { $city } είναι τώρα { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Καιρός

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Καλή χρονιά!
        [epiphany] Καλά Φώτα!
        [easter] Χριστός Ανέστη! Χρόνια πολλά!
        [christmas] Καλά Χριστούγεννα!
        [national_day] Χρόνια πολλά!
       *[other] Τις καλύτερες ευχές!
    }

error-retry = { $formality ->
        [informal] Λυπάμαι, κάτι πήγε στραβά. Δοκίμασε ξανά.
       *[formal] Λυπούμαστε, κάτι πήγε στραβά. Δοκιμάστε ξανά.
    }
    .title = Κάτι πήγε στραβά
    .button-retry = Επανάληψη

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Θέλεις να διαγράψεις το στοιχείο «{ $item }»;
       *[formal] Θέλετε να διαγράψετε το στοιχείο «{ $item }»;
    }
    .title = Διαγραφή;
    .button-yes = Διαγραφή
    .button-no = Ακύρωση

# $items (List of strings)
item-list = { $formality ->
        [informal] Η λίστα σου περιέχει: { LIST($items) }.
       *[formal] Η λίστα σας περιέχει: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Το καλάθι σου είναι άδειο.
                [one] Έχεις { NUMBER($count) } προϊόν στο καλάθι σου.
               *[other] Έχεις { NUMBER($count) } προϊόντα στο καλάθι σου.
            }
       *[formal]
            { $count ->
                [0] Το καλάθι σας είναι άδειο.
                [one] Έχετε { NUMBER($count) } προϊόν στο καλάθι σας.
               *[other] Έχετε { NUMBER($count) } προϊόντα στο καλάθι σας.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Κοστίζει { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Θα σου το υπενθυμίσω στις { DATETIME($when, dateStyle: "long") }, ώρα { DATETIME($when, timeStyle: "short") }.
       *[formal] Θα σας το υπενθυμίσω στις { DATETIME($when, dateStyle: "long") }, ώρα { DATETIME($when, timeStyle: "short") }.
    }
    .title = Υπενθύμιση

goodbye = { $formality ->
        [informal] Αντίο! Να έχεις μια όμορφη μέρα.
       *[formal] Αντίο σας! Να έχετε μια όμορφη μέρα.
    }
