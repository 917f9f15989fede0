-brand-shorter-name = Firefox
-brand-short-name = Firefox
-brand-shortcut-name = Firefox
-brand-full-name = Mozilla Firefox
-brand-product-name = Firefox
-vendor-short-name = Mozilla
trademarkInfo = Firefox および Firefox ロゴは 米国 Mozilla Foundation の米国およびその他の国における商標です。
