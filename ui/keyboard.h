// Keyboard helpers shared by the dialogs.
#pragma once

class QDialogButtonBox;

namespace ss::ui {

// Qt 6.4's QDialogButtonBox makes one of its buttons its focus proxy (Tab into the box lands on
// it) but leaves the buttons' tab order as they were added, so Tab from the proxy goes on to the
// buttons after it and the ones before it are never reached. This keeps the proxy first among
// the box's buttons in the focus chain (re-applied whenever the box is shown).
void keepButtonBoxInTabOrder(QDialogButtonBox *box);

} // namespace ss::ui
