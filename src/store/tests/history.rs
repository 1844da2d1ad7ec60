//! The audit trail: chained, verifiable, and enough to rebuild every case.

use redb::ReadableTable;
use serde_json::Value;

use super::*;
use crate::store::open::builder;
use crate::store::tables::{AUDIT, AUDIT_LEN_KEY, META};
use crate::store::{AuditEvent, replay};

/// A store with a few cases and a series of updates by two officers.
fn busy_history() -> (tempfile::TempDir, PathBuf, Store) {
    let (dir, path, store) = fresh();
    let (zhang, li) = (actor("zhang"), actor("li"));
    let z = WriteCtx {
        actor: &zhang,
        now: t(10),
    };
    let l = WriteCtx {
        actor: &li,
        now: t(20),
    };
    let a = new_case(&store, &z, "储能");
    let b = new_case(&store, &l, "石墨烯");
    store
        .import(&z, vec![full_case("JB-2025-0003")], "old data")
        .unwrap();
    store
        .update::<String>(&a.id, Some(1), &l, "advance", "", |c| {
            c.stage = Stage::Validating;
            c.field = Some(Field::EnergyStorage);
            Ok(())
        })
        .unwrap();
    store
        .update::<String>(&a.id, Some(2), &z, "edit", "", |c| {
            c.takers.push(Taker {
                org: Org::named("揭榜甲"),
                ..Taker::default()
            });
            c.takers.push(Taker {
                org: Org::named("揭榜乙"),
                ..Taker::default()
            });
            c.issuer.contact.mobile = "13800000000".into();
            Ok(())
        })
        .unwrap();
    store
        .update::<String>(&a.id, None, &z, "edit", "", |c| {
            c.takers.remove(0);
            c.takers[0].consortium.push(Org::named("成员"));
            Ok(())
        })
        .unwrap();
    let first = Note {
        at: t(30),
        author: "zhang".into(),
        text: "第一条".into(),
    };
    store.add_note(&z, &a.id, first).unwrap();
    store
        .update::<String>("JB-2025-0003", None, &l, "edit", "", |c| {
            c.tranches.clear();
            c.termination = None;
            c.publicity.objections[0].resolved = None;
            c.achievement.ip_types.retain(|t| *t == IpType::Patent);
            Ok(())
        })
        .unwrap();
    let note = Note {
        at: t(40),
        author: "li".into(),
        text: "备注".into(),
    };
    store.add_note(&l, &b.id, note).unwrap();
    store.put_view(&z, "mine", "stage:validating").unwrap();
    (dir, path, store)
}

#[test]
fn replaying_the_trail_rebuilds_every_stored_case() {
    let (_dir, _path, store) = busy_history();
    let rebuilt = replay(&store.events(None).unwrap());
    let stored: std::collections::BTreeMap<String, Value> = store
        .cases()
        .unwrap()
        .into_iter()
        .map(|c| (c.id.clone(), serde_json::to_value(&c).unwrap()))
        .collect();
    assert_eq!(rebuilt.len(), 3);
    assert_eq!(rebuilt, stored);
}

#[test]
fn an_imported_case_is_recorded_whole_as_its_value_and_chains_like_any_event() {
    let (_dir, _path, store) = fresh();
    let zhang = actor("zhang");
    let ctx = WriteCtx {
        actor: &zhang,
        now: t(10),
    };
    let mut cases = vec![full_case("JB-2025-0003"), full_case("JB-2025-0004")];
    cases[1].notes.clear();
    store.import(&ctx, cases.clone(), "old data").unwrap();
    let created = new_case(&store, &ctx, "储能");
    for case in cases.iter().chain([&created]) {
        let events = store.events(Some(&case.id)).unwrap();
        let [event] = events.as_slice() else {
            panic!("one event: {events:?}")
        };
        // What the trail held when it was written through a `Value` of the case (notes
        // included).
        assert_eq!(event.changes.len(), 1);
        assert_eq!(event.changes[0].path, "");
        assert_eq!(event.changes[0].before, Value::Null);
        assert_eq!(event.changes[0].after, serde_json::to_value(case).unwrap());
        assert_eq!(event.compute_hash(), event.hash);
    }
    let report = store.verify_audit().unwrap();
    assert_eq!((report.events, report.first_bad), (3, None));
}

#[test]
fn events_of_one_case_come_in_order() {
    let (_dir, _path, store) = busy_history();
    let events = store.events(Some("JB-2026-0001")).unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["create", "advance", "edit", "edit", "note"]);
    assert!(events.windows(2).all(|w| w[0].seq < w[1].seq));
    assert_eq!(
        store.last_event("JB-2026-0001").unwrap().unwrap(),
        events[4]
    );
    assert_eq!(store.last_event("JB-2030-0001").unwrap(), None);
}

#[test]
fn an_intact_chain_verifies() {
    let (_dir, _path, store) = busy_history();
    let report = store.verify_audit().unwrap();
    assert_eq!(report.events, 10);
    assert_eq!(report.first_bad, None);
    let (_d, _p, empty) = fresh();
    assert_eq!(empty.verify_audit().unwrap().events, 0);
    assert_eq!(empty.verify_audit().unwrap().first_bad, None);
}

/// Edits the raw audit table behind the store's back, as an attacker with the file would.
fn tamper(
    path: &Path,
    edit: impl FnOnce(&mut redb::Table<u64, &[u8]>, &mut redb::Table<&str, &str>),
) {
    let db = builder().open(path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut audit = txn.open_table(AUDIT).unwrap();
        let mut meta = txn.open_table(META).unwrap();
        edit(&mut audit, &mut meta);
    }
    txn.commit().unwrap();
}

fn event(audit: &redb::Table<u64, &[u8]>, seq: u64) -> AuditEvent {
    serde_json::from_slice(audit.get(seq).unwrap().unwrap().value()).unwrap()
}

fn first_bad_after(
    edit: impl FnOnce(&mut redb::Table<u64, &[u8]>, &mut redb::Table<&str, &str>),
) -> Option<(u64, String)> {
    let (_dir, path, store) = busy_history();
    drop(store);
    tamper(&path, edit);
    reopen(&path).verify_audit().unwrap().first_bad
}

#[test]
fn an_edited_event_is_named() {
    let bad = first_bad_after(|audit, _| {
        let raw = audit.get(5).unwrap().unwrap().value().to_vec();
        let text = String::from_utf8(raw)
            .unwrap()
            .replace("\"zhang\"", "\"nobody\"");
        audit.insert(5, text.as_bytes()).unwrap();
    });
    assert_eq!(bad, Some((5, "altered".to_string())));
}

#[test]
fn an_event_edited_with_a_recomputed_hash_is_named_by_the_next_one() {
    let bad = first_bad_after(|audit, _| {
        let mut e = event(audit, 4);
        e.note = "rewritten".into();
        e.hash = e.compute_hash();
        audit
            .insert(4, serde_json::to_vec(&e).unwrap().as_slice())
            .unwrap();
    });
    assert_eq!(
        bad,
        Some((5, "does not follow the previous event".to_string()))
    );
}

#[test]
fn a_deleted_event_is_named() {
    let bad = first_bad_after(|audit, _| {
        audit.remove(3).unwrap();
    });
    assert_eq!(bad, Some((3, "missing".to_string())));
}

#[test]
fn events_deleted_from_the_end_are_noticed() {
    let bad = first_bad_after(|audit, _| {
        audit.remove(9).unwrap();
        audit.remove(8).unwrap();
    });
    assert_eq!(bad, Some((8, "missing".to_string())));
}

#[test]
fn a_tail_rewritten_together_with_meta_is_noticed_by_the_head_hash() {
    let bad = first_bad_after(|audit, meta| {
        audit.remove(10).unwrap();
        meta.insert(AUDIT_LEN_KEY, "9").unwrap();
    });
    assert_eq!(bad, Some((9, "not the recorded last event".to_string())));
}

#[test]
fn reordered_events_are_named() {
    let bad = first_bad_after(|audit, _| {
        let six = audit.get(6).unwrap().unwrap().value().to_vec();
        let seven = audit.get(7).unwrap().unwrap().value().to_vec();
        audit.insert(6, seven.as_slice()).unwrap();
        audit.insert(7, six.as_slice()).unwrap();
    });
    assert_eq!(bad, Some((6, "out of order".to_string())));
}

#[test]
fn an_inserted_event_is_named() {
    let bad = first_bad_after(|audit, meta| {
        // Forge an event after event 3 and shift the rest up by one.
        let mut forged = event(audit, 9);
        forged.seq = 4;
        forged.note = "forged".into();
        let mut shifted = Vec::new();
        for seq in 4..=9 {
            shifted.push(audit.get(seq).unwrap().unwrap().value().to_vec());
        }
        forged.prev_hash = event(audit, 3).hash;
        forged.hash = forged.compute_hash();
        audit
            .insert(4, serde_json::to_vec(&forged).unwrap().as_slice())
            .unwrap();
        for (i, raw) in shifted.into_iter().enumerate() {
            audit.insert(5 + i as u64, raw.as_slice()).unwrap();
        }
        meta.insert(AUDIT_LEN_KEY, "10").unwrap();
    });
    assert_eq!(bad, Some((5, "out of order".to_string())));
}

#[test]
fn garbage_in_an_event_is_named() {
    let bad = first_bad_after(|audit, _| {
        audit.insert(2, b"\xff\x00not json".as_slice()).unwrap();
    });
    assert_eq!(bad, Some((2, "unreadable".to_string())));
}
