/// The themes in `themes/`, compiled in so the binary works wherever it is copied.
///
/// A test checks that each text here is byte for byte the file in `themes/`.
public enum BuiltinThemes {
    /// Theme names and their file text, in the order `--theme` lists them.
    public static let files: [(name: String, text: String)] = [
        ("default", #"""
# default: for dark terminals. Background "default" keeps your terminal's own (or transparent) background.
# ROLE               FOREGROUND  [BACKGROUND]  [ATTRIBUTES]
text                 default
muted                244
header               default     default       bold
headerAttention      214         default       bold
paneBorder           240
paneBorderFocused    39
paneTitle            250
paneTitleFocused     39          default       bold
selection            black       39
selectionUnfocused   default     237
statusBar            250         235
keyHint              39          235           bold
message              default     235
error                bright-red  235           bold
sentimentPositive    green
sentimentNeutral     244
sentimentNegative    red
rating               214
overdue              bright-red  default       bold
urgent               bright-red
heading              39          default       bold
driverPositive       green       default       bold
driverNegative       red         default       bold
"""# + "\n"),
        ("light", #"""
# light: for light terminals. Dark text colours; backgrounds stay your terminal's own.
# ROLE               FOREGROUND  [BACKGROUND]  [ATTRIBUTES]
text                 default
muted                243
header               default     default       bold
headerAttention      166         default       bold
paneBorder           250
paneBorderFocused    25
paneTitle            240
paneTitleFocused     25          default       bold
selection            white       25
selectionUnfocused   default     254
statusBar            238         254
keyHint              25          254           bold
message              default     254
error                124         254           bold
sentimentPositive    28
sentimentNeutral     243
sentimentNegative    124
rating               130
overdue              124         default       bold
urgent               124
heading              25          default       bold
driverPositive       28          default       bold
driverNegative       124         default       bold
"""# + "\n"),
        ("high-contrast", #"""
# high-contrast: the basic bright colours, bold, and reverse video for what has the focus.
# ROLE               FOREGROUND    [BACKGROUND]  [ATTRIBUTES]
text                 bright-white
muted                white
header               black         bright-white  bold
headerAttention      black         bright-yellow bold
paneBorder           white
paneBorderFocused    bright-yellow default       bold
paneTitle            bright-white
paneTitleFocused     black         bright-yellow bold
selection            black         bright-yellow bold
selectionUnfocused   bright-white  default       underline
statusBar            black         bright-white
keyHint              black         bright-white  bold underline
message              black         bright-white  bold
error                bright-white  red           bold
sentimentPositive    bright-green  default       bold
sentimentNeutral     bright-white
sentimentNegative    bright-red    default       bold
rating               bright-yellow
overdue              bright-white  red           bold
urgent               bright-red    default       bold
heading              bright-cyan   default       bold
driverPositive       bright-green  default       bold underline
driverNegative       bright-red    default       bold underline
"""# + "\n"),
        ("solarized", #"""
# solarized: Ethan Schoonover's Solarized accents, nearest 256-colour entries, on your own background.
# ROLE               FOREGROUND  [BACKGROUND]  [ATTRIBUTES]
text                 244
muted                240
header               245         235           bold
headerAttention      136         235           bold
paneBorder           240
paneBorderFocused    33
paneTitle            245
paneTitleFocused     33          default       bold
selection            230         33
selectionUnfocused   245         235
statusBar            245         235
keyHint              37          235           bold
message              245         235
error                160         235           bold
sentimentPositive    64
sentimentNeutral     240
sentimentNegative    160
rating               136
overdue              166         default       bold
urgent               160
heading              37          default       bold
driverPositive       64          default       bold
driverNegative       160         default       bold
"""# + "\n"),
        ("monochrome", #"""
# monochrome: attributes only, for terminals without colour and for NO_COLOR.
# ROLE               FOREGROUND  [BACKGROUND]  [ATTRIBUTES]
text                 default
muted                default     default       dim
header               default     default       bold
headerAttention      default     default       bold underline
paneBorder           default     default       dim
paneBorderFocused    default     default       bold
paneTitle            default
paneTitleFocused     default     default       bold
selection            default     default       reverse
selectionUnfocused   default     default       underline
statusBar            default     default       reverse
keyHint              default     default       reverse bold
message              default     default       reverse
error                default     default       reverse bold
sentimentPositive    default     default       bold
sentimentNeutral     default     default       dim
sentimentNegative    default     default       bold underline
rating               default
overdue              default     default       bold reverse
urgent               default     default       bold
heading              default     default       bold
driverPositive       default     default       bold
driverNegative       default     default       underline
"""# + "\n"),
    ]
}
