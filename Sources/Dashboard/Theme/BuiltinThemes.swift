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
