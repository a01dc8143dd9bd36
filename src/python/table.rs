//! `EventTable`: the events of a batch, kept as Rust data and exported by column — an Arrow
//! C stream (`__arrow_c_stream__`) for pyarrow, polars and pandas, or a dict of lists when
//! pyarrow is absent. `Article` reuses it for its own exports.

use std::sync::Arc;

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{
    ArrayRef, Date32Array, Float64Array, Int64Array, RecordBatch, RecordBatchIterator, StringArray,
};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use pyo3::exceptions::{PyIndexError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict, PyList, PySlice, PyTuple, PyType};

use super::classes::{Event, COLUMNS};

/// A record set aside by `errors="collect"`: its position, its id if it had one, the message.
pub type Rejected = (usize, Option<String>, String);

/// The events of many articles, in input order.
#[pyclass(frozen, sequence, module = "communique")]
pub struct EventTable {
    pub events: Vec<Event>,
    pub errors: Vec<Rejected>,
}

/// The value of one column for one event, as the table's columns hold it.
enum Cell<'a> {
    Str(&'a str),
    /// A string that is missing, not empty, where the event has none: a date's precision goes
    /// with the date, which is missing (not empty) too.
    OptStr(Option<&'a str>),
    Int(i64),
    Float(f64),
    Date(Option<NaiveDate>),
}

fn cell<'a>(e: &'a Event, column: &str) -> Cell<'a> {
    let target = |f: fn(&super::classes::Actor) -> &str| e.target.as_ref().map_or("", f);
    match column {
        "article_id" => Cell::Str(&e.article_id),
        "sentence_index" => Cell::Int(e.sentence_index as i64),
        "date" => Cell::Date(e.date),
        "source_text" => Cell::Str(&e.source.text),
        "source_name" => Cell::Str(&e.source.name),
        "source_code" => Cell::Str(&e.source.code),
        "source_country" => Cell::Str(&e.source.country),
        "source_type" => Cell::Str(&e.source.actor_type),
        "target_text" => Cell::Str(target(|a| &a.text)),
        "target_name" => Cell::Str(target(|a| &a.name)),
        "target_code" => Cell::Str(target(|a| &a.code)),
        "target_country" => Cell::Str(target(|a| &a.country)),
        "target_type" => Cell::Str(target(|a| &a.actor_type)),
        "code" => Cell::Str(&e.code),
        "root" => Cell::Str(&e.root),
        "name" => Cell::Str(&e.name),
        "quad_class" => Cell::Int(i64::from(e.quad_class)),
        "goldstein" => Cell::Float(e.goldstein),
        "plover_type" => Cell::Str(&e.plover_type),
        "plover_mode" => Cell::Str(&e.plover_mode),
        "modality" => Cell::Str(&e.modality),
        "date_source" => Cell::Str(&e.date_source),
        "date_precision" => Cell::OptStr(e.date_precision.as_deref()),
        "location" => Cell::Str(e.location.as_deref().unwrap_or("")),
        "mentions" => Cell::Int(i64::from(e.mentions)),
        "confidence" => Cell::Float(e.confidence),
        "sentence" => Cell::Str(&e.sentence),
        "span_start" => Cell::Int(e.span_start as i64),
        "span_end" => Cell::Int(e.span_end as i64),
        "trigger" => Cell::Str(&e.trigger),
        "rule" => Cell::Str(&e.rule),
        other => unreachable!("no column {other}"),
    }
}

/// The Arrow type of each column: counts and offsets int64, scores float64, `date` date32,
/// everything else (the CAMEO code with its leading zero among them) utf8.
fn column_type(column: &str) -> DataType {
    match cell_kind(column) {
        0 | 4 => DataType::Utf8,
        1 => DataType::Int64,
        2 => DataType::Float64,
        _ => DataType::Date32,
    }
}

fn cell_kind(column: &str) -> u8 {
    match column {
        "sentence_index" | "quad_class" | "mentions" | "span_start" | "span_end" => 1,
        "goldstein" | "confidence" => 2,
        "date" => 3,
        "date_precision" => 4,
        _ => 0,
    }
}

/// Whether a column has missing values (null in Arrow, `None` in the dict of lists).
fn nullable(column: &str) -> bool {
    matches!(cell_kind(column), 3 | 4)
}

fn days(d: NaiveDate) -> i32 {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("the epoch is a date");
    (d - epoch).num_days() as i32
}

/// The events as one Arrow record batch with the columns of `COLUMNS`.
pub fn record_batch(events: &[Event]) -> Result<RecordBatch, arrow_schema::ArrowError> {
    let fields: Vec<Field> = COLUMNS
        .iter()
        .map(|c| Field::new(*c, column_type(c), nullable(c)))
        .collect();
    let schema = Arc::new(Schema::new(fields));
    let arrays: Vec<ArrayRef> = COLUMNS
        .iter()
        .map(|c| -> ArrayRef {
            match cell_kind(c) {
                0 => Arc::new(StringArray::from_iter_values(events.iter().map(
                    |e| match cell(e, c) {
                        Cell::Str(s) => s,
                        _ => unreachable!(),
                    },
                ))),
                1 => Arc::new(Int64Array::from_iter_values(events.iter().map(
                    |e| match cell(e, c) {
                        Cell::Int(i) => i,
                        _ => unreachable!(),
                    },
                ))),
                2 => Arc::new(Float64Array::from_iter_values(events.iter().map(
                    |e| match cell(e, c) {
                        Cell::Float(x) => x,
                        _ => unreachable!(),
                    },
                ))),
                4 => Arc::new(StringArray::from_iter(events.iter().map(|e| {
                    match cell(e, c) {
                        Cell::OptStr(s) => s,
                        _ => unreachable!(),
                    }
                }))),
                _ => Arc::new(Date32Array::from_iter(
                    events.iter().map(|e| e.date.map(days)),
                )),
            }
        })
        .collect();
    RecordBatch::try_new(schema, arrays)
}

/// An Arrow C stream capsule over the events (the Arrow PyCapsule interface).
pub fn arrow_stream<'py>(py: Python<'py>, events: &[Event]) -> PyResult<Bound<'py, PyCapsule>> {
    let batch = record_batch(events).map_err(|e| PyValueError::new_err(e.to_string()))?;
    let schema = batch.schema();
    let reader = RecordBatchIterator::new(vec![Ok(batch)], schema);
    let stream = FFI_ArrowArrayStream::new(Box::new(reader));
    PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
}

/// The events as a dict of column lists.
pub fn columns<'py>(py: Python<'py>, events: &[Event]) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for c in COLUMNS {
        let list = match cell_kind(c) {
            0 => PyList::new(
                py,
                events.iter().map(|e| match cell(e, c) {
                    Cell::Str(s) => s,
                    _ => unreachable!(),
                }),
            )?,
            1 => PyList::new(
                py,
                events.iter().map(|e| match cell(e, c) {
                    Cell::Int(i) => i,
                    _ => unreachable!(),
                }),
            )?,
            2 => PyList::new(
                py,
                events.iter().map(|e| match cell(e, c) {
                    Cell::Float(x) => x,
                    _ => unreachable!(),
                }),
            )?,
            4 => PyList::new(
                py,
                events.iter().map(|e| match cell(e, c) {
                    Cell::OptStr(s) => s,
                    _ => unreachable!(),
                }),
            )?,
            _ => PyList::new(
                py,
                events.iter().map(|e| match cell(e, c) {
                    Cell::Date(d) => d,
                    _ => unreachable!(),
                }),
            )?,
        };
        d.set_item(c, list)?;
    }
    Ok(d)
}

/// Calls the frame helper `name` of `communique._frames` with `obj`.
pub fn frames<'py>(
    py: Python<'py>,
    name: &str,
    obj: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("communique._frames")?
        .getattr(name)?
        .call1((obj,))
}

#[pymethods]
impl EventTable {
    #[new]
    #[pyo3(signature = (events=Vec::new(), errors=Vec::new()))]
    fn new(events: Vec<Event>, errors: Vec<Rejected>) -> Self {
        EventTable { events, errors }
    }

    /// The records set aside by `errors="collect"`: `(index, id, message)` tuples.
    #[getter]
    fn errors(&self) -> Vec<Rejected> {
        self.errors.clone()
    }

    fn __len__(&self) -> usize {
        self.events.len()
    }

    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        index: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let n = self.events.len() as isize;
        if let Ok(slice) = index.cast::<PySlice>() {
            let ix = slice.indices(n)?;
            let mut events = Vec::with_capacity(ix.slicelength);
            let mut i = ix.start;
            for _ in 0..ix.slicelength {
                events.push(self.events[i as usize].clone());
                i += ix.step;
            }
            return Ok(Bound::new(
                py,
                EventTable {
                    events,
                    errors: Vec::new(),
                },
            )?
            .into_any());
        }
        let Ok(i) = index.extract::<isize>() else {
            return Err(PyTypeError::new_err(format!(
                "EventTable indices must be integers or slices, not {}",
                index.get_type().name()?
            )));
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(PyIndexError::new_err("EventTable index out of range"));
        }
        Ok(Bound::new(py, self.events[j as usize].clone())?.into_any())
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyList::new(py, self.events.iter().cloned())?
            .try_iter()?
            .into_any())
    }

    fn __repr__(&self) -> String {
        format!(
            "EventTable({} events, {} errors)",
            self.events.len(),
            self.errors.len()
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let this = slf.get();
        let events = PyList::new(py, this.events.iter().cloned())?;
        let args = (events, this.errors.clone()).into_pyobject(py)?;
        Ok((slf.get_type(), args))
    }

    /// The table as an Arrow C stream (the Arrow PyCapsule interface), so that
    /// `pyarrow.table(t)` and `polars.DataFrame(t)` read it without copying through Python.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        arrow_stream(py, &self.events)
    }

    /// The columns as a dict of lists (`date` as `datetime.date` or `None`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        columns(py, &self.events)
    }

    /// One dict per event (`Event.to_dict()`).
    fn to_dicts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.events
                .iter()
                .map(|e| e.to_dict(py))
                .collect::<PyResult<Vec<_>>>()?,
        )
    }

    /// A `pyarrow.Table` (needs pyarrow).
    fn to_arrow<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "to_arrow", slf.as_any())
    }

    /// A pandas DataFrame with the columns of `COLUMNS` (needs pandas).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "to_pandas", slf.as_any())
    }

    /// A polars DataFrame (needs polars).
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "to_polars", slf.as_any())
    }

    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        frames(slf.py(), "repr_html", slf.as_any())
    }
}
