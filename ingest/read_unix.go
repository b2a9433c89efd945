//go:build unix

package ingest

import "golang.org/x/sys/unix"

// readRegular reads the regular file at path, of the size its stat
// gave, up to limit+1 bytes (as Read's io.LimitReader), in four system
// calls: open, a read of the whole file into a buffer of its size, the
// read that finds its end, and close. os.Open and io.ReadAll made nine
// more for an article: os.Open sets the file non-blocking, asks epoll
// to watch it (which a regular file refuses) and sets it blocking again
// (four fcntl and an epoll_ctl), and io.ReadAll read a 1.5 KB article
// in five reads into a buffer grown from 512 bytes. On a virtual
// machine each system call leaves the guest (BENCHMARKS.md, "Where a
// load's system time goes on the AMD machine"). ok is false on any
// error: the caller then reads the file as before, which gives the
// error it always gave.
func readRegular(path string, size, limit int64) (data []byte, ok bool) {
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, false
	}
	defer unix.Close(fd)
	want := min(max(size, 0), limit) + 1 // one byte more shows the end, or a file over the limit
	buf := make([]byte, 0, want)
	for int64(len(buf)) <= limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew since its stat
		}
		n, err := unix.Read(fd, buf[len(buf):int(min(int64(cap(buf)), limit+1))])
		if err != nil {
			return nil, false
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	return buf, true
}
