"""Dyad summaries of coded events: counts, Goldstein sums and QuadClass shares per pair of
countries and period, and a plot of a pair's cooperation and conflict over time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["QUAD_NAMES", "dyads", "plot_dyad"]

#: The QuadClass columns of `dyads()`, for QuadClass 1 to 4.
QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def _frame(events: Any) -> pd.DataFrame:
    import pandas as pd

    if isinstance(events, pd.DataFrame):
        return events
    if hasattr(events, "to_pandas"):
        frame: pd.DataFrame = events.to_pandas()
        return frame
    raise TypeError(f"events must be an EventTable, an Article or a DataFrame, not {type(events).__name__}")


def dyads(events: Any, freq: str = "W") -> pd.DataFrame:
    """Events per (source_country, target_country, period).

    ``events`` is an `EventTable`, an `Article` or a DataFrame with the event columns;
    ``freq`` is a pandas period alias ("D", "W", "M", "Q", "Y"). Each row has the number of
    ``events``, the ``goldstein`` sum and mean, and the share of each QuadClass
    (``verbal_cooperation`` … ``material_conflict``, summing to 1). ``period`` is the first day
    of the period. Events without a date are left out; events without a target have an empty
    ``target_country``.
    """
    import pandas as pd

    frame = _frame(events)
    frame = frame[frame["date"].notna()]
    keys = ["source_country", "target_country", "period"]
    if frame.empty:
        columns = keys + ["events", "goldstein", "goldstein_mean", *QUAD_NAMES]
        return pd.DataFrame({c: pd.Series(dtype="float64") for c in columns})
    dates = pd.to_datetime(frame["date"])
    work = pd.DataFrame(
        {
            "source_country": frame["source_country"].astype("string"),
            "target_country": frame["target_country"].astype("string"),
            "period": dates.dt.to_period(freq).dt.start_time,
            "goldstein": frame["goldstein"].astype("float64"),
        }
    )
    for quad, name in enumerate(QUAD_NAMES, start=1):
        work[name] = (frame["quad_class"] == quad).astype("float64")
    grouped = work.groupby(keys, sort=True, observed=True)
    out = grouped.agg(
        events=("goldstein", "size"),
        goldstein=("goldstein", "sum"),
        goldstein_mean=("goldstein", "mean"),
        **{name: (name, "mean") for name in QUAD_NAMES},
    )
    return out.reset_index()


def plot_dyad(events: Any, a: str, b: str, freq: str = "M", *, directed: bool = False, ax: Axes | None = None) -> Axes:
    """Plots the cooperation and conflict between countries ``a`` and ``b`` over time.

    Cooperation counts the events of QuadClass 1-2 and conflict those of QuadClass 3-4, per
    period of ``freq``, in both directions unless ``directed`` (then ``a`` → ``b`` only); the
    net Goldstein sum is drawn on a second axis. Needs matplotlib (the ``plot`` extra).
    Returns the Axes.
    """
    try:
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError("plot_dyad() needs matplotlib: pip install 'communique[plot]'") from error
    table = dyads(events, freq=freq)
    forward = (table["source_country"] == a) & (table["target_country"] == b)
    backward = (table["source_country"] == b) & (table["target_country"] == a)
    pair = table[forward if directed else forward | backward].copy()
    pair["cooperation"] = pair["events"] * (pair["verbal_cooperation"] + pair["material_cooperation"])
    pair["conflict"] = pair["events"] * (pair["verbal_conflict"] + pair["material_conflict"])
    series = pair.groupby("period")[["cooperation", "conflict", "goldstein"]].sum().sort_index()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5))
    arrow = "\u2192" if directed else "\u2194"
    ax.plot(series.index, series["cooperation"], marker="o", color="tab:blue", label="cooperation (Quad 1-2)")
    ax.plot(series.index, series["conflict"], marker="o", color="tab:red", label="conflict (Quad 3-4)")
    ax.set_ylabel(f"events per {freq}")
    ax.set_title(f"{a} {arrow} {b}")
    ax.legend(loc="upper left")
    ax.twinx().bar(series.index, series["goldstein"], width=5, alpha=0.25, color="gray", label="Goldstein sum")
    return ax
