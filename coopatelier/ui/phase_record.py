"""The phase editor's record: every interval the phase ran, correctable (a forgotten
*Next phase*, a start pressed late). Times are shown and typed in local time; the phase
stores them in UTC."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.model import Phase, PhaseRun, PhaseStatus
from coopatelier.ui.dates import DATE_TIME_FIELD_FORMAT as _FORMAT


def to_qt(value: dt.datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())


def from_qt(value: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), dt.UTC)


class _Interval(QWidget):
    def __init__(self, run: PhaseRun, parent: QWidget) -> None:
        super().__init__(parent)
        self.start = QDateTimeEdit(to_qt(run.start), self)
        self.start.setObjectName("runStart")
        self.start.setDisplayFormat(_FORMAT)
        self.end = QDateTimeEdit(to_qt(run.end or run.start), self)
        self.end.setObjectName("runEnd")
        self.end.setDisplayFormat(_FORMAT)
        self.open = QCheckBox(self.tr("still running"), self)
        self.open.setObjectName("runOpen")
        self.open.setChecked(run.end is None)
        self.open.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.end.setEnabled(run.end is not None)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setObjectName("removeRun")
        self.remove.setToolTip(self.tr("Remove this interval"))
        self.remove.setAccessibleName(self.tr("Remove this interval"))
        # "still running" shows on the last interval only: its room is kept on every row, so
        # that the columns line up
        policy = self.open.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.open.setSizePolicy(policy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel("→", self))
        row.addWidget(self.end)
        row.addWidget(self.open)
        row.addStretch(1)
        row.addWidget(self.remove)

    def run(self) -> PhaseRun:
        start = from_qt(self.start.dateTime())
        return PhaseRun(start, None if self.open.isChecked() else from_qt(self.end.dateTime()))


class PhaseRecordEditor(QWidget):
    """The intervals of a phase, each start → end (or "still running" for the last), with
    *Add an interval* and a "this phase is over" box."""

    def __init__(self, phase: Phase, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseRecord")
        self.phase = phase
        self.now = now
        self.rows: list[_Interval] = []
        self.list = QVBoxLayout()
        self.list.setSpacing(4)
        self.empty = QLabel(self.tr("Not run yet."), self)
        self.add_button = QPushButton(self.tr("Add an interval"), self)
        self.add_button.setObjectName("addRun")
        self.add_button.clicked.connect(self.add_interval)
        self.ended = QCheckBox(self.tr("This phase is over"), self)
        self.ended.setObjectName("runEnded")
        self.ended.setChecked(phase.status is PhaseStatus.DONE)
        self.total = QLabel(self)
        self.total.setObjectName("runTotal")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list, 0, 0, 1, 2)
        layout.addWidget(self.empty, 1, 0, 1, 2)
        layout.addWidget(self.add_button, 2, 0)
        layout.addWidget(self.ended, 2, 1)
        layout.addWidget(self.total, 3, 0, 1, 2)
        for run in phase.intervals:
            self._add(run)
        self._refresh()

    def _add(self, run: PhaseRun) -> _Interval:
        row = _Interval(run, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        for edit in (row.start, row.end):
            edit.dateTimeChanged.connect(lambda _value: self._refresh())
        row.open.toggled.connect(lambda _on: self._refresh())
        self.rows.append(row)
        self.list.addWidget(row)
        return row

    def _remove(self, row: _Interval) -> None:
        self.rows.remove(row)
        self.list.removeWidget(row)
        row.deleteLater()
        self._refresh()

    def add_interval(self) -> None:
        """A new interval after the last one (or at the planned length before now)."""
        last = self.rows[-1].run() if self.rows else None
        if last is not None and last.end is None:
            self.rows[-1].open.setChecked(False)
            last = self.rows[-1].run()
        start = last.end if last is not None and last.end else self.now
        minutes = self.phase.planned_minutes or 10
        self._add(PhaseRun(start, start + dt.timedelta(minutes=minutes)))
        self._refresh()

    def _refresh(self) -> None:
        self.empty.setVisible(not self.rows)
        for index, row in enumerate(self.rows):
            row.open.setVisible(index == len(self.rows) - 1)
            if index != len(self.rows) - 1 and row.open.isChecked():
                row.open.setChecked(False)
        minutes = round(sum(run.seconds(self.now) for run in self.runs()) / 60)
        self.total.setText(self.tr("Actual time: %n min", "", minutes))

    def runs(self) -> tuple[PhaseRun, ...]:
        return tuple(row.run() for row in self.rows)

    def changed(self) -> bool:
        return self.runs() != tuple(
            PhaseRun(
                _whole(run.start), _whole(run.end) if run.end is not None else None
            )
            for run in self.phase.intervals
        ) or self.ended.isChecked() != (self.phase.status is PhaseStatus.DONE)


def _whole(value: dt.datetime) -> dt.datetime:
    """A time as the editor holds it (whole seconds), to tell an edit from none."""
    return value.replace(microsecond=0)
