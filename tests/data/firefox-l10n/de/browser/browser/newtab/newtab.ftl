feature-highlight-dismiss-button =
    .aria-label = Pop-up schließen
    .title = Verwerfen
feature-highlight-wallpaper =
    .aria-label = { -newtab-wallpaper-feature-highlight-content }
    .title = { -newtab-wallpaper-feature-highlight-header }
