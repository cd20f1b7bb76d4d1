/// The built-in key bindings, in the same format as the user's config file.
public enum DefaultKeymap {
    public static let text = """
    # earshot's default key bindings. Lines in your config file of the same form override them:
    #   bind SCOPE KEY COMMAND
    # Scopes: global, brands, reviews, complaints, followups, detail, help.
    bind global j move-down
    bind global <Down> move-down
    bind global k move-up
    bind global <Up> move-up
    bind global <PgDn> page-down
    bind global <C-f> page-down
    bind global <PgUp> page-up
    bind global <C-b> page-up
    bind global g move-first
    bind global <Home> move-first
    bind global G move-last
    bind global <End> move-last
    bind global <Tab> next-pane
    bind global <S-Tab> previous-pane
    bind global 1 show-brands
    bind global 2 show-reviews
    bind global 3 show-complaints
    bind global 4 show-followups
    bind global <Enter> open
    bind global <Esc> back
    bind global l focus-detail
    bind global <Right> focus-detail
    bind global h focus-list
    bind global <Left> focus-list
    bind global ? help
    bind global <C-l> redraw
    bind global <C-z> suspend
    bind global q quit
    bind brands f filter-brand
    bind detail q back
    bind help q back
    bind help ? back
    """
}
