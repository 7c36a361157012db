SELECT id, serial, vendor, retired FROM devices ORDER BY id;
