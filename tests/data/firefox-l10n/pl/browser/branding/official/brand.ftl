-brand-shorter-name =
    { $case ->
        [gen] Firefoksa
        [dat] Firefoksowi
        [acc] Firefoksa
        [ins] Firefoksem
        [loc] Firefoksie
       *[nom] Firefox
    }
-brand-short-name =
    { $case ->
        [gen] Firefoksa
        [dat] Firefoksowi
        [acc] Firefoksa
        [ins] Firefoksem
        [loc] Firefoksie
       *[nom] Firefox
    }
-brand-shortcut-name =
    { $case ->
        [gen] Firefoksa
        [dat] Firefoksowi
        [acc] Firefoksa
        [ins] Firefoksem
        [loc] Firefoksie
       *[nom] Firefox
    }
-brand-full-name =
    { $case ->
        [gen] Mozilli Firefox
        [dat] Mozilli Firefox
        [acc] Mozillę Firefox
        [ins] Mozillą Firefox
        [loc] Mozilli Firefox
       *[nom] Mozilla Firefox
    }
-brand-product-name =
    { $case ->
        [gen] Firefoksa
        [dat] Firefoksowi
        [acc] Firefoksa
        [ins] Firefoksem
        [loc] Firefoksie
       *[nom] Firefox
    }
-vendor-short-name =
    { $case ->
        [gen] Mozilli
        [dat] Mozilli
        [acc] Mozillę
        [ins] Mozillą
        [loc] Mozilli
       *[nom] Mozilla
    }
trademarkInfo = Firefox oraz logotyp Firefox to znaki towarowe Mozilla Foundation.
