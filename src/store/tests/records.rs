//! Cases, drafts, lists: what officers store and read back.

use super::*;
use crate::store::{BlacklistRow, StoreError, UpdateError};

#[test]
fn a_case_with_every_field_filled_round_trips() {
    let (_dir, path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let case = full_case("JB-2025-0007");
    assert_eq!(
        store.import(&ctx, vec![case.clone()], "migrated").unwrap(),
        1
    );
    drop(store);
    let store = reopen(&path);
    assert_eq!(store.get("JB-2025-0007").unwrap(), Some(case.clone()));
    assert_eq!(store.cases().unwrap(), vec![case.clone()]);
    assert_eq!(store.summaries().unwrap(), vec![CaseSummary::of(&case)]);
    assert_eq!(store.get("JB-2025-0008").unwrap(), None);
}

#[test]
fn create_allocates_sequential_ids_per_year_past_imported_ones() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let ids: Vec<String> = (0..3)
        .map(|i| new_case(&store, &ctx, &format!("项目{i}")).id)
        .collect();
    assert_eq!(ids, ["JB-2026-0001", "JB-2026-0002", "JB-2026-0003"]);
    let next_year = store
        .create(&ctx, 2027, "", |id| {
            Case::new(id, Kind::Breakthrough, Org::named("乙"), "x", t(0))
        })
        .unwrap();
    assert_eq!(next_year.id, "JB-2027-0001");
    assert_eq!(next_year.rev, 1);
    store
        .import(&ctx, vec![full_case("JB-2026-0041")], "")
        .unwrap();
    assert_eq!(new_case(&store, &ctx, "后来").id, "JB-2026-0042");
    let created = store.last_event("JB-2026-0001").unwrap().unwrap();
    assert_eq!(created.action, "create");
    assert_eq!(created.actor, a);
}

#[test]
fn a_builder_that_changes_the_id_is_refused() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let err = store
        .create(&ctx, 2026, "", |_| {
            Case::new("X".into(), Kind::Breakthrough, Org::named("乙"), "x", t(0))
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::Rejected(_)), "{err:?}");
    assert_eq!(store.count().unwrap(), 0);
    assert_eq!(
        new_case(&store, &ctx, "a").id,
        "JB-2026-0001",
        "sequence not consumed"
    );
}

#[test]
fn a_stale_revision_is_refused_naming_who_changed_it_and_nothing_is_overwritten() {
    let (_dir, _path, store) = fresh();
    let (zhang, li) = (actor("zhang"), actor("li"));
    let ctx_z = WriteCtx {
        actor: &zhang,
        now: t(10),
    };
    let ctx_l = WriteCtx {
        actor: &li,
        now: t(20),
    };
    let case = new_case(&store, &ctx_z, "储能");
    let seen_rev = case.rev;
    let by_li = store
        .update::<String>(&case.id, Some(seen_rev), &ctx_l, "edit", "", |c| {
            c.stage = Stage::Validating;
            Ok(())
        })
        .unwrap();
    assert_eq!(by_li.rev, 2);
    let err = store
        .update::<String>(&case.id, Some(seen_rev), &ctx_z, "edit", "", |c| {
            c.achievement.name = "覆盖".into();
            Ok(())
        })
        .unwrap_err();
    match err {
        UpdateError::Store(StoreError::Stale {
            expected,
            actual,
            by,
            at,
            ..
        }) => {
            assert_eq!((expected, actual), (1, 2));
            assert_eq!(by, "li@10.0.0.7");
            assert_eq!(at, t(20));
        }
        other => panic!("expected Stale, got {other:?}"),
    }
    let stored = store.get(&case.id).unwrap().unwrap();
    assert_eq!(stored, by_li);
    assert_eq!(stored.achievement.name, "储能");
}

#[test]
fn an_update_records_field_changes_and_bumps_rev_time_and_counter() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let case = new_case(&store, &ctx, "氢能");
    let counter = store.change_counter().unwrap();
    let later = WriteCtx {
        actor: &a,
        now: t(99),
    };
    let after = store
        .update::<String>(&case.id, None, &later, "advance", "材料齐全", |c| {
            c.stage = Stage::Validating;
            Ok(())
        })
        .unwrap();
    assert_eq!((after.rev, after.updated_at), (2, t(99)));
    assert_eq!(store.change_counter().unwrap(), counter + 1);
    assert_eq!(store.summaries().unwrap()[0].stage, Stage::Validating);
    let event = store.last_event(&case.id).unwrap().unwrap();
    assert_eq!(
        (event.action.as_str(), event.note.as_str()),
        ("advance", "材料齐全")
    );
    let stage = event.changes.iter().find(|c| c.path == "stage").unwrap();
    assert_eq!(
        (stage.before.as_str(), stage.after.as_str()),
        (Some("collecting"), Some("validating"))
    );
}

#[test]
fn a_refused_update_writes_nothing() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let case = new_case(&store, &ctx, "氢能");
    let (counter, events) = (
        store.change_counter().unwrap(),
        store.events(None).unwrap().len(),
    );
    let err = store
        .update(&case.id, Some(1), &ctx, "advance", "", |c| {
            c.stage = Stage::Published;
            Err("第九条(一) 必填项不全")
        })
        .unwrap_err();
    assert!(matches!(
        err,
        UpdateError::Rejected("第九条(一) 必填项不全")
    ));
    assert_eq!(store.get(&case.id).unwrap().unwrap(), case);
    assert_eq!(store.change_counter().unwrap(), counter);
    assert_eq!(store.events(None).unwrap().len(), events);
    let missing = store
        .update::<String>("JB-2026-9999", None, &ctx, "edit", "", |_| Ok(()))
        .unwrap_err();
    assert!(matches!(
        missing,
        UpdateError::Store(StoreError::NotFound { .. })
    ));
    assert_eq!(missing.into_store().exit_code(), 4);
}

#[test]
fn import_is_all_or_nothing() {
    let (_dir, _path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let existing = new_case(&store, &ctx, "已有");
    let before = (
        store.count().unwrap(),
        store.events(None).unwrap(),
        store.change_counter().unwrap(),
    );
    for batch in [
        vec![full_case("JB-2026-0100"), full_case(&existing.id)],
        vec![
            full_case("JB-2026-0100"),
            full_case("JB-2026-0101"),
            full_case("JB-2026-0100"),
        ],
    ] {
        let err = store.import(&ctx, batch, "").unwrap_err();
        assert!(matches!(err, StoreError::Duplicate { .. }), "{err:?}");
        assert_eq!(err.exit_code(), 2);
        let after = (
            store.count().unwrap(),
            store.events(None).unwrap(),
            store.change_counter().unwrap(),
        );
        assert_eq!(after, before);
        assert_eq!(store.get("JB-2026-0100").unwrap(), None);
    }
    assert_eq!(
        new_case(&store, &ctx, "next").id,
        "JB-2026-0002",
        "sequence untouched"
    );
    let n = store
        .import(
            &ctx,
            vec![full_case("JB-2026-0100"), full_case("JB-2026-0101")],
            "batch",
        )
        .unwrap();
    assert_eq!(n, 2);
    assert_eq!(store.count().unwrap(), 4);
    assert_eq!(
        store.get("JB-2026-0101").unwrap().unwrap().rev,
        3,
        "revision kept"
    );
    let imported: Vec<_> = store
        .events(None)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "import")
        .collect();
    assert_eq!(imported.len(), 2);
}

#[test]
fn drafts_are_per_user_and_neither_audited_nor_counted() {
    let (_dir, _path, store) = fresh();
    store
        .put_draft("zhang", "new", "{\"name\":\"储\"}", t(1))
        .unwrap();
    store
        .put_draft("zhang", "edit:JB-2026-0001", "x", t(2))
        .unwrap();
    store
        .put_draft("zhangsan", "new", "other user", t(3))
        .unwrap();
    store
        .put_draft("zhang", "new", "{\"name\":\"储能\"}", t(4))
        .unwrap();
    let mine = store.drafts("zhang").unwrap();
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[0].key, "edit:JB-2026-0001");
    assert_eq!(
        (
            mine[1].key.as_str(),
            mine[1].payload.as_str(),
            mine[1].saved_at
        ),
        ("new", "{\"name\":\"储能\"}", t(4))
    );
    assert_eq!(store.drafts("zhangsan").unwrap()[0].payload, "other user");
    assert!(store.drafts("li").unwrap().is_empty());
    store.delete_draft("zhang", "new").unwrap();
    store.delete_draft("zhang", "never-saved").unwrap();
    assert_eq!(store.drafts("zhang").unwrap().len(), 1);
    assert_eq!(store.drafts("zhangsan").unwrap().len(), 1);
    assert_eq!(store.change_counter().unwrap(), 0);
    assert!(store.events(None).unwrap().is_empty());
}

#[test]
fn blacklist_and_views_are_shared_and_audited_without_a_case() {
    let (_dir, path, store) = fresh();
    let a = actor("admin");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let rows = vec![
        BlacklistRow {
            name: "某失信公司".into(),
            credit_code: "91150100MA0000000X".into(),
            reason: "科研失信".into(),
            listed_on: Some(d(2024, 6, 1)),
            source: "信用中国".into(),
        },
        BlacklistRow {
            name: "另一家".into(),
            ..BlacklistRow::default()
        },
    ];
    store.set_blacklist(&ctx, rows.clone()).unwrap();
    store.set_blacklist(&ctx, rows[..1].to_vec()).unwrap();
    store
        .put_view(&ctx, "待我处理", "stage:reviewing due<30d")
        .unwrap();
    store.put_view(&ctx, "氢能", "field:hydrogen").unwrap();
    store.delete_view(&ctx, "待我处理").unwrap();
    store.delete_view(&ctx, "不存在").unwrap();
    assert!(store.put_view(&ctx, " ", "x").is_err());
    drop(store);
    let store = reopen(&path);
    assert_eq!(store.blacklist().unwrap(), rows[..1].to_vec());
    assert_eq!(
        store.views().unwrap(),
        vec![("氢能".to_string(), "field:hydrogen".to_string())]
    );
    let events = store.events(None).unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "blacklist.set",
            "blacklist.set",
            "view.put",
            "view.put",
            "view.delete"
        ]
    );
    assert!(events.iter().all(|e| e.case_id.is_empty()));
    assert_eq!(store.change_counter().unwrap(), 5);
    assert!(store.verify_audit().unwrap().first_bad.is_none());
}

#[test]
fn a_read_only_store_reads_but_refuses_writes() {
    let (_dir, path, store) = fresh();
    let a = actor("zhang");
    let ctx = WriteCtx {
        actor: &a,
        now: t(10),
    };
    let case = new_case(&store, &ctx, "只读");
    let ro = Store::open(
        &path,
        &OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert!(ro.is_read_only());
    assert_eq!(ro.get(&case.id).unwrap(), Some(case.clone()));
    assert!(matches!(
        ro.put_draft("zhang", "k", "v", t(1)),
        Err(StoreError::ReadOnly)
    ));
    let err = ro
        .update::<String>(&case.id, None, &ctx, "edit", "", |_| Ok(()))
        .unwrap_err();
    assert!(matches!(err, UpdateError::Store(StoreError::ReadOnly)));
    // It follows the writer's later commits.
    new_case(&store, &ctx, "之后");
    assert_eq!(ro.count().unwrap(), 2);
}

#[test]
fn every_error_has_a_message_in_both_languages_and_a_documented_exit_code() {
    let errors = [
        (StoreError::NotFound { id: "JB-1".into() }, 4),
        (
            StoreError::Stale {
                id: "JB-1".into(),
                expected: 1,
                actual: 2,
                by: "li".into(),
                at: t(0),
            },
            6,
        ),
        (StoreError::Busy, 6),
        (StoreError::ReadOnly, 2),
        (StoreError::Missing { path: "/x".into() }, 2),
        (
            StoreError::NotAStore {
                path: "/x".into(),
                detail: "d".into(),
            },
            5,
        ),
        (
            StoreError::NewerSchema {
                path: "/x".into(),
                found: 9,
                supported: 1,
            },
            5,
        ),
        (
            StoreError::Corrupt {
                path: "/x".into(),
                detail: "d".into(),
            },
            5,
        ),
        (
            StoreError::AuditBroken {
                path: "/x".into(),
                seq: 3,
                reason: "altered".into(),
            },
            5,
        ),
        (
            StoreError::Permission {
                path: "/x".into(),
                detail: "d".into(),
            },
            1,
        ),
        (
            StoreError::Io {
                path: "/x".into(),
                detail: "d".into(),
            },
            1,
        ),
        (StoreError::Duplicate { id: "JB-1".into() }, 2),
        (StoreError::Rejected("no".into()), 3),
    ];
    for (err, code) in errors {
        assert_eq!(err.exit_code(), code, "{err:?}");
        for lang in crate::i18n::Lang::ALL {
            let msg = err.message(*lang);
            assert!(!msg.contains('{') && msg.len() > 10, "{lang:?}: {msg}");
        }
    }
    let stale = StoreError::Stale {
        id: "JB-1".into(),
        expected: 1,
        actual: 2,
        by: "li".into(),
        at: t(0),
    };
    assert!(stale.message(crate::i18n::Lang::Zh).contains("li"));
}
