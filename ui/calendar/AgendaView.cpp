#include "AgendaView.h"

#include "AgendaDelegate.h"

namespace carnet {

AgendaView::AgendaView(QWidget* parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("agendaView"));
    setAccessibleName(tr("Agenda"));
    setItemDelegate(new AgendaDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

} // namespace carnet
