/// The built-in key bindings, in the same format as the user's config file.
public enum DefaultKeymap {
    public static let text = """
    # earshot's default key bindings. Lines in your config file of the same form override them:
    #   bind SCOPE KEY COMMAND [ARGUMENTS]
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
    bind brands p brand-period
    # Triage: marks, the command line, filters, views and undo (mutt, tig and lazygit habits).
    bind global <Space> mark
    bind global V mark-all
    bind global U clear-marks
    bind global : prompt
    bind global / filter
    bind global o sort
    bind global v view
    bind global R reload
    bind global u undo
    # Actions on the marked rows, else the focused one. A line runs as if typed after :
    bind reviews s prompt status
    bind reviews d status done
    bind reviews p prompt priority
    bind reviews a prompt assign
    bind reviews A assign me
    bind reviews t prompt tag
    bind reviews T prompt untag
    bind reviews e note
    bind reviews c complain
    bind reviews f prompt followup
    bind reviews r reply-draft
    bind reviews y reply-copy
    bind reviews Y reply-sent
    bind complaints d done
    bind complaints a prompt assign
    bind complaints A assign me
    bind complaints e note
    bind complaints f prompt followup
    bind followups d done
    bind followups x skip
    bind followups a prompt assign
    bind followups A assign me
    bind followups e note
    bind detail q back
    bind help q back
    bind help ? back
    """
}
