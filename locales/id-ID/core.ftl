# localekit core catalog: Indonesian (Indonesia). Reference: locales/en-US/core.ftl.
# Register: formal "Anda"/"saya" is the pack default (Microsoft Indonesian style guide);
# informal "kamu"/"aku". Plural categories (CLDR id): other only.

-assistant-name = Nova

greeting = { $formality ->
        [informal] Hai! Ada yang bisa aku bantu hari ini?
       *[formal] Halo! Apa yang bisa saya bantu untuk Anda hari ini?
    }
    .title = Selamat datang

greeting-name = { $formality ->
        [informal] Hai, { $name }! Ada yang bisa aku bantu hari ini?
       *[formal] Halo, { $name }! Apa yang bisa saya bantu untuk Anda hari ini?
    }

assistant-intro = { $formality ->
        [informal] Aku { -assistant-name }, asistenmu.
       *[formal] Saya { -assistant-name }, asisten Anda.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
       *[other] Timer disetel untuk { NUMBER($minutes) } menit.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = Suhu di { $city } saat ini { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Cuaca

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [eid_al_fitr]
            { $formality ->
                [informal] Selamat Lebaran, maaf lahir batin ya!
               *[formal] Selamat Hari Raya Idulfitri, mohon maaf lahir dan batin!
            }
        [eid_al_adha] Selamat Hari Raya Iduladha!
        [national_day] Dirgahayu Republik Indonesia!
        [new_year] Selamat Tahun Baru!
        [lunar_new_year] Selamat Tahun Baru Imlek! Gong Xi Fa Cai!
        [christmas] Selamat Hari Natal!
        [vesak] Selamat Hari Raya Waisak!
        [islamic_new_year] Selamat Tahun Baru Islam!
        [mawlid] Selamat memperingati Maulid Nabi Muhammad SAW!
       *[other] Salam hangat!
    }

error-retry = { $formality ->
        [informal] Maaf, ada yang salah. Coba lagi, ya.
       *[formal] Maaf, terjadi kesalahan. Silakan coba lagi.
    }
    .title = Terjadi kesalahan
    .button-retry = Coba lagi

# $item (String): what will be deleted
confirm-delete = { $formality ->
        [informal] Kamu mau menghapus { $item }?
       *[formal] Apakah Anda ingin menghapus { $item }?
    }
    .title = Hapus?
    .button-yes = Hapus
    .button-no = Batal

# $items (List of strings)
item-list = { $formality ->
        [informal] Daftarmu berisi { LIST($items) }.
       *[formal] Daftar Anda berisi { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $formality ->
        [informal]
            { $count ->
                [0] Keranjangmu kosong.
               *[other] Ada { NUMBER($count) } barang di keranjangmu.
            }
       *[formal]
            { $count ->
                [0] Keranjang Anda kosong.
               *[other] Ada { NUMBER($count) } barang di keranjang Anda.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
# currency code is CURRENCY's second positional argument, as in en-US.
price = Harganya { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set = { $formality ->
        [informal] Aku akan mengingatkanmu pada { DATETIME($when, dateStyle: "long") } pukul { DATETIME($when, timeStyle: "short") }.
       *[formal] Saya akan mengingatkan Anda pada { DATETIME($when, dateStyle: "long") } pukul { DATETIME($when, timeStyle: "short") }.
    }
    .title = Pengingat

goodbye = { $formality ->
        [informal] Sampai jumpa! Semoga harimu menyenangkan.
       *[formal] Sampai jumpa! Semoga hari Anda menyenangkan.
    }
