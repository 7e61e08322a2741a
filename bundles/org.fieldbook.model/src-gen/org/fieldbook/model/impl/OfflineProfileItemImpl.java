/**
 */
package org.fieldbook.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offline Profile Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#getTableName <em>Table Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#getDownloadFilter <em>Download Filter</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#getCustomFilter <em>Custom Filter</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#isRecordsOwnedByMe <em>Records Owned By Me</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#isRecordsOwnedByMyTeam <em>Records Owned By My Team</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#isRecordsOwnedByMyBusinessUnit <em>Records Owned By My Business Unit</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#getSyncIntervalMinutes <em>Sync Interval Minutes</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.OfflineProfileItemImpl#getRelationships <em>Relationships</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfflineProfileItemImpl extends RecordImpl implements OfflineProfileItem {
	/**
	 * The default value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTableName() <em>Table Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableName()
	 * @generated
	 * @ordered
	 */
	protected String tableName = TABLE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDownloadFilter() <em>Download Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDownloadFilter()
	 * @generated
	 * @ordered
	 */
	protected static final DownloadFilter DOWNLOAD_FILTER_EDEFAULT = DownloadFilter.RELATED_ONLY;

	/**
	 * The cached value of the '{@link #getDownloadFilter() <em>Download Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDownloadFilter()
	 * @generated
	 * @ordered
	 */
	protected DownloadFilter downloadFilter = DOWNLOAD_FILTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomFilter() <em>Custom Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomFilter()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOM_FILTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomFilter() <em>Custom Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomFilter()
	 * @generated
	 * @ordered
	 */
	protected String customFilter = CUSTOM_FILTER_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecordsOwnedByMe() <em>Records Owned By Me</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordsOwnedByMe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECORDS_OWNED_BY_ME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecordsOwnedByMe() <em>Records Owned By Me</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordsOwnedByMe()
	 * @generated
	 * @ordered
	 */
	protected boolean recordsOwnedByMe = RECORDS_OWNED_BY_ME_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecordsOwnedByMyTeam() <em>Records Owned By My Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordsOwnedByMyTeam()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECORDS_OWNED_BY_MY_TEAM_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecordsOwnedByMyTeam() <em>Records Owned By My Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordsOwnedByMyTeam()
	 * @generated
	 * @ordered
	 */
	protected boolean recordsOwnedByMyTeam = RECORDS_OWNED_BY_MY_TEAM_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecordsOwnedByMyBusinessUnit() <em>Records Owned By My Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordsOwnedByMyBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECORDS_OWNED_BY_MY_BUSINESS_UNIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecordsOwnedByMyBusinessUnit() <em>Records Owned By My Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecordsOwnedByMyBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected boolean recordsOwnedByMyBusinessUnit = RECORDS_OWNED_BY_MY_BUSINESS_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSyncIntervalMinutes() <em>Sync Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int SYNC_INTERVAL_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getSyncIntervalMinutes() <em>Sync Interval Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncIntervalMinutes()
	 * @generated
	 * @ordered
	 */
	protected int syncIntervalMinutes = SYNC_INTERVAL_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<OfflineProfileRelationship> relationships;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfflineProfileItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.OFFLINE_PROFILE_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTableName() {
		return tableName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableName(String newTableName) {
		String oldTableName = tableName;
		tableName = newTableName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__TABLE_NAME, oldTableName, tableName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DownloadFilter getDownloadFilter() {
		return downloadFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDownloadFilter(DownloadFilter newDownloadFilter) {
		DownloadFilter oldDownloadFilter = downloadFilter;
		downloadFilter = newDownloadFilter == null ? DOWNLOAD_FILTER_EDEFAULT : newDownloadFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER, oldDownloadFilter, downloadFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomFilter() {
		return customFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomFilter(String newCustomFilter) {
		String oldCustomFilter = customFilter;
		customFilter = newCustomFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__CUSTOM_FILTER, oldCustomFilter, customFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecordsOwnedByMe() {
		return recordsOwnedByMe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordsOwnedByMe(boolean newRecordsOwnedByMe) {
		boolean oldRecordsOwnedByMe = recordsOwnedByMe;
		recordsOwnedByMe = newRecordsOwnedByMe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME, oldRecordsOwnedByMe, recordsOwnedByMe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecordsOwnedByMyTeam() {
		return recordsOwnedByMyTeam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordsOwnedByMyTeam(boolean newRecordsOwnedByMyTeam) {
		boolean oldRecordsOwnedByMyTeam = recordsOwnedByMyTeam;
		recordsOwnedByMyTeam = newRecordsOwnedByMyTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM, oldRecordsOwnedByMyTeam, recordsOwnedByMyTeam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecordsOwnedByMyBusinessUnit() {
		return recordsOwnedByMyBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordsOwnedByMyBusinessUnit(boolean newRecordsOwnedByMyBusinessUnit) {
		boolean oldRecordsOwnedByMyBusinessUnit = recordsOwnedByMyBusinessUnit;
		recordsOwnedByMyBusinessUnit = newRecordsOwnedByMyBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT, oldRecordsOwnedByMyBusinessUnit, recordsOwnedByMyBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSyncIntervalMinutes() {
		return syncIntervalMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSyncIntervalMinutes(int newSyncIntervalMinutes) {
		int oldSyncIntervalMinutes = syncIntervalMinutes;
		syncIntervalMinutes = newSyncIntervalMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES, oldSyncIntervalMinutes, syncIntervalMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OfflineProfileRelationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<OfflineProfileRelationship>(OfflineProfileRelationship.class, this, FieldbookPackage.OFFLINE_PROFILE_ITEM__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int effectiveSyncIntervalMinutes() {
		return Math.min(Math.max(getSyncIntervalMinutes(), 5), 60);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__TABLE_NAME:
				return getTableName();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER:
				return getDownloadFilter();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__CUSTOM_FILTER:
				return getCustomFilter();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME:
				return isRecordsOwnedByMe();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM:
				return isRecordsOwnedByMyTeam();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT:
				return isRecordsOwnedByMyBusinessUnit();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES:
				return getSyncIntervalMinutes();
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RELATIONSHIPS:
				return getRelationships();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__TABLE_NAME:
				setTableName((String)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER:
				setDownloadFilter((DownloadFilter)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__CUSTOM_FILTER:
				setCustomFilter((String)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME:
				setRecordsOwnedByMe((Boolean)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM:
				setRecordsOwnedByMyTeam((Boolean)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT:
				setRecordsOwnedByMyBusinessUnit((Boolean)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES:
				setSyncIntervalMinutes((Integer)newValue);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends OfflineProfileRelationship>)newValue);
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
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__TABLE_NAME:
				setTableName(TABLE_NAME_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER:
				setDownloadFilter(DOWNLOAD_FILTER_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__CUSTOM_FILTER:
				setCustomFilter(CUSTOM_FILTER_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME:
				setRecordsOwnedByMe(RECORDS_OWNED_BY_ME_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM:
				setRecordsOwnedByMyTeam(RECORDS_OWNED_BY_MY_TEAM_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT:
				setRecordsOwnedByMyBusinessUnit(RECORDS_OWNED_BY_MY_BUSINESS_UNIT_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES:
				setSyncIntervalMinutes(SYNC_INTERVAL_MINUTES_EDEFAULT);
				return;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RELATIONSHIPS:
				getRelationships().clear();
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
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__TABLE_NAME:
				return TABLE_NAME_EDEFAULT == null ? tableName != null : !TABLE_NAME_EDEFAULT.equals(tableName);
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER:
				return downloadFilter != DOWNLOAD_FILTER_EDEFAULT;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__CUSTOM_FILTER:
				return CUSTOM_FILTER_EDEFAULT == null ? customFilter != null : !CUSTOM_FILTER_EDEFAULT.equals(customFilter);
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME:
				return recordsOwnedByMe != RECORDS_OWNED_BY_ME_EDEFAULT;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM:
				return recordsOwnedByMyTeam != RECORDS_OWNED_BY_MY_TEAM_EDEFAULT;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT:
				return recordsOwnedByMyBusinessUnit != RECORDS_OWNED_BY_MY_BUSINESS_UNIT_EDEFAULT;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES:
				return syncIntervalMinutes != SYNC_INTERVAL_MINUTES_EDEFAULT;
			case FieldbookPackage.OFFLINE_PROFILE_ITEM__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case FieldbookPackage.OFFLINE_PROFILE_ITEM___EFFECTIVE_SYNC_INTERVAL_MINUTES:
				return effectiveSyncIntervalMinutes();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (tableName: ");
		result.append(tableName);
		result.append(", downloadFilter: ");
		result.append(downloadFilter);
		result.append(", customFilter: ");
		result.append(customFilter);
		result.append(", recordsOwnedByMe: ");
		result.append(recordsOwnedByMe);
		result.append(", recordsOwnedByMyTeam: ");
		result.append(recordsOwnedByMyTeam);
		result.append(", recordsOwnedByMyBusinessUnit: ");
		result.append(recordsOwnedByMyBusinessUnit);
		result.append(", syncIntervalMinutes: ");
		result.append(syncIntervalMinutes);
		result.append(')');
		return result.toString();
	}

} //OfflineProfileItemImpl
