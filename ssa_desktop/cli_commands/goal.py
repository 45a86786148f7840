"""``ssa-desktop goal``: goals with a scale of a case – add one, rate one, list a case's
goals with their change (the same services as Ziele mit Skala in the program)."""

from __future__ import annotations


def arguments(p) -> None:
    p.add_argument("action", choices=("add", "rate", "list"),
                   help="add: Ziel anlegen; rate: Ziel einschätzen; list: Ziele eines Falls")
    p.add_argument("--case", metavar="ID", help="bei add und list: die Kennung des Falls")
    p.add_argument("--goal", metavar="ID", help="bei rate: die Kennung des Ziels")
    p.add_argument("--text", metavar="TEXT", help="bei add: das Ziel in wenigen Worten")
    p.add_argument("--words", metavar="TEXT", default="",
                   help="bei add: das Ziel in den eigenen Worten der Schülerin/des Schülers")
    p.add_argument("--scale", choices=("gas", "generic"), default="generic",
                   help="bei add: gas = Zielerreichungsskala −2 … +2, generic = 1 … 5 (Standard)")
    p.add_argument("--baseline", metavar="STUFE", type=int,
                   help="bei add: Ausgangswert (Standard: die unterste Stufe)")
    p.add_argument("--anchor", metavar="TEXT", action="append", default=[],
                   help="bei add: Beschreibung einer Stufe, von unten nach oben (bis zu 5-mal)")
    p.add_argument("--level", metavar="STUFE", type=int, help="bei rate: die Stufe")
    p.add_argument("--date", metavar="JJJJ-MM-TT",
                   help="bei rate: der Tag (Standard: heute); bei add: der Tag des "
                        "Ausgangswerts, der Beginn des Ziels (Standard: heute)")


def run(args) -> int:
    from ..domain import goals as g
    from ..formatting import fmt_date
    from ..services import goals
    from .common import EXIT_OK, UsageError, optional_date, out, unlocked

    needed = {"add": ("case", "text"), "rate": ("goal", "level"), "list": ("case",)}[args.action]
    missing = [f"--{name}" for name in needed if getattr(args, name) in (None, "")]
    if missing:
        raise UsageError(f"goal {args.action} braucht {' und '.join(missing)}.")
    if len(args.anchor) > 5:
        raise UsageError("Höchstens fünf Stufenbeschreibungen (--anchor).")
    day = optional_date(args.date)
    with unlocked(args) as session:
        conn = session.conn
        if args.action == "add":
            anchors = [*args.anchor, "", "", "", "", ""][:5]
            baseline = args.baseline if args.baseline is not None else g.LEVELS[args.scale][0]
            goal = g.CaseGoal(args.case, args.text, scale=args.scale, baseline=baseline,
                              pupil_words=args.words, anchor_1=anchors[0], anchor_2=anchors[1],
                              anchor_3=anchors[2], anchor_4=anchors[3], anchor_5=anchors[4])
            goal = goals.save_goal(conn, g.started_on(goal, day) if day else goal)
            out(f"Ziel angelegt: {goal.id}")
        elif args.action == "rate":
            rating = goals.rate(conn, args.goal, args.level, day)
            out(f"Eingeschätzt am {fmt_date(rating.day)}: Stufe "
                f"{g.level_label(goals.trend(conn, args.goal).goal.scale, rating.level, minus='-')}")
        else:
            for goal in goals.goals_of_case(conn, args.case):
                trend = goals.trend(conn, goal.id)
                moved = "nicht eingeschätzt" if trend.change is None else f"{trend.change:+d}"
                reached = ", erreicht" if trend.reached else ""
                out(f"{goal.id}  {goal.text}  [{g.SCALES[goal.scale]}]  Ausgangswert "
                    f"{g.level_label(goal.scale, goal.baseline, minus='-')}, {len(trend.ratings)} "
                    f"Einschätzung(en), Veränderung {moved}{reached}")
    return EXIT_OK
