//! A copy-on-write view of a store file for a dry-run repair.
//!
//! A store whose last writer died (SIGKILL, power loss, a panic) needs redb's repair
//! before it can be read, and repair writes. Before letting it touch the real file we run
//! the repair on this overlay — reads come from the file, writes stay in memory — and check
//! that what comes out is a jiebang store. Only then is the real file opened read-write.
//! A damaged or foreign file is therefore never modified.

use std::collections::HashMap;
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::sync::Mutex;

use redb::StorageBackend;

const BLOCK: u64 = 4096;

#[derive(Debug)]
pub(crate) struct Overlay {
    file: File,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    len: u64,
    file_len: u64,
    blocks: HashMap<u64, Box<[u8]>>,
}

impl Overlay {
    pub(crate) fn new(file: File) -> io::Result<Overlay> {
        let len = file.metadata()?.len();
        Ok(Overlay {
            file,
            state: Mutex::new(State {
                len,
                file_len: len,
                blocks: HashMap::new(),
            }),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl State {
    /// The current bytes of block `b`: the overlay's copy, else the file's (zeros past the
    /// file's original end or past a shrink).
    fn load(&self, file: &File, b: u64) -> io::Result<Box<[u8]>> {
        if let Some(data) = self.blocks.get(&b) {
            return Ok(data.clone());
        }
        let mut data = vec![0u8; BLOCK as usize].into_boxed_slice();
        let start = b * BLOCK;
        let readable = self.file_len.min(self.len).saturating_sub(start).min(BLOCK) as usize;
        if readable > 0 {
            file.read_exact_at(&mut data[..readable], start)?;
        }
        Ok(data)
    }
}

impl StorageBackend for Overlay {
    fn len(&self) -> io::Result<u64> {
        Ok(self.lock().len)
    }

    fn read(&self, offset: u64, out: &mut [u8]) -> io::Result<()> {
        let st = self.lock();
        if offset + out.len() as u64 > st.len {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "read past the end",
            ));
        }
        let mut done = 0usize;
        while done < out.len() {
            let pos = offset + done as u64;
            let (b, within) = (pos / BLOCK, (pos % BLOCK) as usize);
            let n = (BLOCK as usize - within).min(out.len() - done);
            if let Some(data) = st.blocks.get(&b) {
                out[done..done + n].copy_from_slice(&data[within..within + n]);
            } else {
                let data = st.load(&self.file, b)?;
                out[done..done + n].copy_from_slice(&data[within..within + n]);
            }
            done += n;
        }
        Ok(())
    }

    fn set_len(&self, len: u64) -> io::Result<()> {
        let mut st = self.lock();
        if len < st.len {
            // Bytes past the new end must read as zero if the store grows again.
            let first_dead = len.div_ceil(BLOCK);
            st.blocks.retain(|b, _| *b < first_dead);
            if !len.is_multiple_of(BLOCK) {
                let b = len / BLOCK;
                let mut data = st.load(&self.file, b)?;
                data[(len % BLOCK) as usize..].fill(0);
                st.blocks.insert(b, data);
            }
            st.file_len = st.file_len.min(len);
        }
        st.len = len;
        Ok(())
    }

    fn sync_data(&self) -> io::Result<()> {
        Ok(())
    }

    fn write(&self, offset: u64, data: &[u8]) -> io::Result<()> {
        let mut st = self.lock();
        let mut done = 0usize;
        while done < data.len() {
            let pos = offset + done as u64;
            let (b, within) = (pos / BLOCK, (pos % BLOCK) as usize);
            let n = (BLOCK as usize - within).min(data.len() - done);
            let mut block = st.load(&self.file, b)?;
            block[within..within + n].copy_from_slice(&data[done..done + n]);
            st.blocks.insert(b, block);
            done += n;
        }
        st.len = st.len.max(offset + data.len() as u64);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn writes_stay_in_memory_and_read_back() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(&[7u8; 10_000]).unwrap();
        let o = Overlay::new(File::open(f.path()).unwrap()).unwrap();
        o.write(4090, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).unwrap();
        let mut out = [0u8; 12];
        o.read(4089, &mut out).unwrap();
        assert_eq!(out, [7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 7]);
        o.set_len(5000).unwrap();
        o.set_len(9000).unwrap();
        let mut tail = [9u8; 4];
        o.read(4998, &mut tail).unwrap();
        assert_eq!(tail, [7, 7, 0, 0]);
        assert_eq!(
            std::fs::read(f.path()).unwrap(),
            vec![7u8; 10_000],
            "file untouched"
        );
    }
}
