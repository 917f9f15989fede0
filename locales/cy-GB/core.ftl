# localekit core catalog: Welsh (United Kingdom). Reference: locales/en-US/core.ftl.
# Register: formal "chi" is the pack default; informal "ti". Sentences are built so that the
# variables ($city, $item, $holiday) never sit where Welsh would mutate them.
# Plural categories (CLDR cy): zero one two few many other; Welsh keeps the noun singular after
# a numeral, so the variants share one wording.

-assistant-name = Nova

greeting = { $formality ->
        [informal] Helo! Sut alla i dy helpu di heddiw?
       *[formal] Helo! Sut alla i eich helpu chi heddiw?
    }
    .title = Croeso

greeting-name = { $formality ->
        [informal] Helo, { $name }! Sut alla i dy helpu di heddiw?
       *[formal] Helo, { $name }! Sut alla i eich helpu chi heddiw?
    }

assistant-intro = { $formality ->
        [informal] { -assistant-name } ydw i, dy gynorthwyydd di.
       *[formal] { -assistant-name } ydw i, eich cynorthwyydd chi.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [zero] Amserydd wedi'i osod am { NUMBER($minutes) } munud.
        [one] Amserydd wedi'i osod am { NUMBER($minutes) } munud.
        [two] Amserydd wedi'i osod am { NUMBER($minutes) } munud.
        [few] Amserydd wedi'i osod am { NUMBER($minutes) } munud.
        [many] Amserydd wedi'i osod am { NUMBER($minutes) } munud.
       *[other] Amserydd wedi'i osod am { NUMBER($minutes) } munud.
    }
    .title = Amserydd

# $temperature (Number): degrees; $city (String)
weather-now = Tymheredd { $city } ar hyn o bryd: { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Tywydd

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Blwyddyn Newydd Dda!
        [easter] Pasg Hapus!
        [christmas] Nadolig Llawen!
       *[other] Dymuniadau gorau!
    }

error-retry = { $formality ->
        [informal] Mae'n ddrwg gen i, aeth rhywbeth o'i le. Rho gynnig arall arni.
       *[formal] Mae'n ddrwg gen i, aeth rhywbeth o'i le. Rhowch gynnig arall arni.
    }
    .title = Aeth rhywbeth o'i le
    .button-retry = Ceisio eto

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Wyt ti eisiau dileu { $item }?
       *[formal] Ydych chi eisiau dileu { $item }?
    }
    .title = Dileu?
    .button-yes = Dileu
    .button-no = Canslo

# $items (List of strings)
item-list = { $formality ->
        [informal] Mae dy restr di yn cynnwys { LIST($items) }.
       *[formal] Mae eich rhestr chi yn cynnwys { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Mae dy fasged di yn wag.
                [zero] Mae gen ti { NUMBER($count) } eitem yn dy fasged.
                [one] Mae gen ti { NUMBER($count) } eitem yn dy fasged.
                [two] Mae gen ti { NUMBER($count) } eitem yn dy fasged.
                [few] Mae gen ti { NUMBER($count) } eitem yn dy fasged.
                [many] Mae gen ti { NUMBER($count) } eitem yn dy fasged.
               *[other] Mae gen ti { NUMBER($count) } eitem yn dy fasged.
            }
       *[formal]
            { $count ->
                [0] Mae eich basged chi yn wag.
                [zero] Mae gennych chi { NUMBER($count) } eitem yn eich basged.
                [one] Mae gennych chi { NUMBER($count) } eitem yn eich basged.
                [two] Mae gennych chi { NUMBER($count) } eitem yn eich basged.
                [few] Mae gennych chi { NUMBER($count) } eitem yn eich basged.
                [many] Mae gennych chi { NUMBER($count) } eitem yn eich basged.
               *[other] Mae gennych chi { NUMBER($count) } eitem yn eich basged.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Mae'n costio { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Bydda i'n dy atgoffa di ar { DATETIME($when, dateStyle: "long") } am { DATETIME($when, timeStyle: "short") }.
       *[formal] Bydda i'n eich atgoffa chi ar { DATETIME($when, dateStyle: "long") } am { DATETIME($when, timeStyle: "short") }.
    }
    .title = Nodyn atgoffa

goodbye = { $formality ->
        [informal] Hwyl fawr! Mwynha dy ddiwrnod.
       *[formal] Hwyl fawr! Mwynhewch eich diwrnod.
    }
