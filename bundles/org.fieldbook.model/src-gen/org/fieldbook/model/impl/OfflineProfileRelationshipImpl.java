/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offline Profile Relationship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileRelationshipImpl#getFromTable <em>From Table</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileRelationshipImpl#getLookupColumn <em>Lookup Column</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileRelationshipImpl#getToTable <em>To Table</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfflineProfileRelationshipImpl extends RecordImpl implements OfflineProfileRelationship {
	/**
	 * The default value of the '{@link #getFromTable() <em>From Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromTable()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_TABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromTable() <em>From Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromTable()
	 * @generated
	 * @ordered
	 */
	protected String fromTable = FROM_TABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLookupColumn() <em>Lookup Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookupColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String LOOKUP_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLookupColumn() <em>Lookup Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookupColumn()
	 * @generated
	 * @ordered
	 */
	protected String lookupColumn = LOOKUP_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getToTable() <em>To Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToTable()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_TABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToTable() <em>To Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToTable()
	 * @generated
	 * @ordered
	 */
	protected String toTable = TO_TABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfflineProfileRelationshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.OFFLINE_PROFILE_RELATIONSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromTable() {
		return fromTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromTable(String newFromTable) {
		String oldFromTable = fromTable;
		fromTable = newFromTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE, oldFromTable, fromTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLookupColumn() {
		return lookupColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLookupColumn(String newLookupColumn) {
		String oldLookupColumn = lookupColumn;
		lookupColumn = newLookupColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN, oldLookupColumn, lookupColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToTable() {
		return toTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToTable(String newToTable) {
		String oldToTable = toTable;
		toTable = newToTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE, oldToTable, toTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE:
				return getFromTable();
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN:
				return getLookupColumn();
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE:
				return getToTable();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE:
				setFromTable((String)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN:
				setLookupColumn((String)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE:
				setToTable((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE:
				setFromTable(FROM_TABLE_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN:
				setLookupColumn(LOOKUP_COLUMN_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE:
				setToTable(TO_TABLE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE:
				return FROM_TABLE_EDEFAULT == null ? fromTable != null : !FROM_TABLE_EDEFAULT.equals(fromTable);
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN:
				return LOOKUP_COLUMN_EDEFAULT == null ? lookupColumn != null : !LOOKUP_COLUMN_EDEFAULT.equals(lookupColumn);
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE:
				return TO_TABLE_EDEFAULT == null ? toTable != null : !TO_TABLE_EDEFAULT.equals(toTable);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fromTable: ");
		result.append(fromTable);
		result.append(", lookupColumn: ");
		result.append(lookupColumn);
		result.append(", toTable: ");
		result.append(toTable);
		result.append(')');
		return result.toString();
	}

} //OfflineProfileRelationshipImpl
