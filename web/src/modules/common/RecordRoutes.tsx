import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RecordNotFound } from './RecordStates';
import './register.css';

/** A register screen's own routes: its list at the root, one record at /:code, anything else not found. */
export function RecordRoutes({ list, record, back }: { list: ReactNode; record: ReactNode; back: string }) {
  return (
    <Routes>
      <Route index element={list} />
      <Route path=":code" element={record} />
      <Route path="*" element={<RecordNotFound error={null} back={back} />} />
    </Routes>
  );
}
