"""Time-share benchmarks (issue 11) on the 10-year data set.

- ``timeshare_dashboard_ms``: one school year computed (``services.timeshare.compute``,
  all schools) and drawn (the Auswertung dashboard with its four QtCharts filled and
  painted into an image at 1366×768 minus the sidebar); target <= 200 ms.
- ``timeshare_report_s``: the same school year computed and written as the PDF report;
  target <= 2 s.
"""

from __future__ import annotations

from harness import Result, timed


def measured_year():
    """The data set's last school year (the one ``generate.TODAY`` lies in), whatever the
    calendar says: the year before the calendar's has no data from August 2027 on."""
    import generate

    from ssa_desktop.domain.schoolyear import SchoolYear

    return SchoolYear.of(generate.TODAY)


def run(bench) -> list[Result]:
    from ssa_desktop.reports.timeshare import write_pdf
    from ssa_desktop.services import timeshare
    from ssa_desktop.ui.time.dashboard import Dashboard

    bench.app()
    session = bench.open(bench.working_copy())
    conn = session.conn
    year = measured_year()
    codes = [e.code for e in timeshare.indirect_categories(conn)]
    dashboard = Dashboard()
    dashboard.resize(1166, 678)
    dashboard.show()

    def draw() -> None:
        report = timeshare.compute(conn, year)
        dashboard.show_report(report, codes)
        dashboard.grab()                                  # lay out and paint everything

    draw()                                                # warm caches (holidays, fonts)
    dashboard_s = timed(draw, max(5, bench.reps))
    pdf = bench.work / "zeitanteile.pdf"

    def report() -> None:
        write_pdf(timeshare.compute(conn, year), pdf)

    report()
    report_s = timed(report, max(3, bench.reps))
    dashboard.close()
    session.lock()
    return [
        Result("timeshare_dashboard_ms", dashboard_s * 1000, "ms", 200,
               f"Schuljahr {year.label}, alle Schulen: berechnet und gezeichnet"),
        Result("timeshare_report_s", report_s, "s", 2,
               f"Schuljahr {year.label}, alle Schulen: PDF mit Diagrammen"),
    ]
