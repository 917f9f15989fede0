-brand-shorter-name = Firefox
-brand-short-name = Firefox
-brand-shortcut-name = Firefox
-brand-full-name = Mozilla Firefox
-brand-product-name = Firefox
-vendor-short-name = Mozilla
trademarkInfo = Firefox und die Firefox-Logos sind Warenzeichen der Mozilla Foundation.
